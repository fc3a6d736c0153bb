<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AggregateLabels</name>
    <message numerus="yes">
        <source>%1: more than %n label(s)</source>
        <translation>
            <numerusform>%1: more than %n label</numerusform>
            <numerusform>%1: more than %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>is longer than %n character</numerusform>
            <numerusform>is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This cloud already has %n label(s), the most the app keeps.</source>
        <translation>
            <numerusform>This cloud already has %n label, the most the app keeps.</numerusform>
            <numerusform>This cloud already has %n labels, the most the app keeps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Together with this cloud&apos;s labels that makes more than %n label(s).</source>
        <translation>
            <numerusform>Together with this cloud&apos;s labels that makes more than %n label.</numerusform>
            <numerusform>Together with this cloud&apos;s labels that makes more than %n labels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AggregatePickerDialog</name>
    <message numerus="yes">
        <source>Add the %n selected provider(s) to this aggregate:</source>
        <translation>
            <numerusform>Add the %n selected provider to this aggregate:</numerusform>
            <numerusform>Add the %n selected providers to this aggregate:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected provider(s) from this aggregate:</source>
        <translation>
            <numerusform>Remove the %n selected provider from this aggregate:</numerusform>
            <numerusform>Remove the %n selected providers from this aggregate:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message numerus="yes">
        <source>%n line(s) of the history file %1 could not be read and are not shown.</source>
        <translation>
            <numerusform>%n line of the history file %1 could not be read and is not shown.</numerusform>
            <numerusform>%n lines of the history file %1 could not be read and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudConfig</name>
    <message numerus="yes">
        <source>cloud &quot;%1&quot; is too large after expanding aliases (more than %n values)</source>
        <translation>
            <numerusform>cloud &quot;%1&quot; is too large after expanding aliases (more than %n values)</numerusform>
            <numerusform>cloud &quot;%1&quot; is too large after expanding aliases (more than %n values)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too deeply nested (more than %n levels below a cloud&apos;s name)</source>
        <translation>
            <numerusform>too deeply nested (more than %n levels below a cloud&apos;s name)</numerusform>
            <numerusform>too deeply nested (more than %n levels below a cloud&apos;s name)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cloud &quot;%1&quot; is too large after expanding aliases (more than %n MiB of text)</source>
        <translation>
            <numerusform>cloud &quot;%1&quot; is too large after expanding aliases (more than %n MiB of text)</numerusform>
            <numerusform>cloud &quot;%1&quot; is too large after expanding aliases (more than %n MiB of text)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n MiB, far more than any cloud configuration needs; it was not read.</source>
        <translation>
            <numerusform>%1 is larger than %n MiB, far more than any cloud configuration needs; it was not read.</numerusform>
            <numerusform>%1 is larger than %n MiB, far more than any cloud configuration needs; it was not read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>Answer the %n conflict(s) still waiting with the same choice, without asking</source>
        <translation>
            <numerusform>Answer the %n conflict still waiting with the same choice, without asking</numerusform>
            <numerusform>Answer the %n conflicts still waiting with the same choice, without asking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aggregate(s)</source>
        <translation>
            <numerusform>%n aggregate</numerusform>
            <numerusform>%n aggregates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see the Overwrite list)</source>
        <translation>
            <numerusform>and %n more (see the Overwrite list)</numerusform>
            <numerusform>and %n more (see the Overwrite list)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict(s) waiting</source>
        <translation>
            <numerusform>%n more conflict waiting</numerusform>
            <numerusform>%n more conflicts waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message numerus="yes">
        <source>Restored edits for %n provider(s).</source>
        <translation>
            <numerusform>Restored edits for %n provider.</numerusform>
            <numerusform>Restored edits for %n providers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) already had them on the server.</source>
        <translation>
            <numerusform>%n provider already had them on the server.</numerusform>
            <numerusform>%n providers already had them on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitting edits for %n provider(s)…</source>
        <translation>
            <numerusform>Submitting edits for %n provider…</numerusform>
            <numerusform>Submitting edits for %n providers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n entry(ies) without a valid, unique provider UUID (%1); they are not shown and cannot be edited.</source>
        <translation>
            <numerusform>The server listed %n entry without a valid, unique provider UUID (%1); it is not shown and cannot be edited.</numerusform>
            <numerusform>The server listed %n entryies without a valid, unique provider UUID (%1); they are not shown and cannot be edited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading retried %n transient fault(s).</source>
        <translation>
            <numerusform>Loading retried %n transient fault.</numerusform>
            <numerusform>Loading retried %n transient faults.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could not be checked (%1): their edits are kept and offered again next time.</source>
        <translation>
            <numerusform>%n provider could not be checked (%1): their edits are kept and offered again next time.</numerusform>
            <numerusform>%n providers could not be checked (%1): their edits are kept and offered again next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) were deleted on the server (%1): their edits are kept until you forget them.</source>
        <translation>
            <numerusform>%n provider was deleted on the server (%1): their edits are kept until you forget them.</numerusform>
            <numerusform>%n providers were deleted on the server (%1): their edits are kept until you forget them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nova: %n host aggregate(s), </source>
        <translation>
            <numerusform>Nova: %n host aggregate, </numerusform>
            <numerusform>Nova: %n host aggregates, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compute node(s).</source>
        <translation>
            <numerusform>%n compute node.</numerusform>
            <numerusform>%n compute nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make Placement match Nova: %n pending edit(s) created; submit to send them.</source>
        <translation>
            <numerusform>Make Placement match Nova: %n pending edit created; submit to send them.</numerusform>
            <numerusform>Make Placement match Nova: %n pending edits created; submit to send them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make Nova match Placement: %n call(s) to Nova…</source>
        <translation>
            <numerusform>Make Nova match Placement: %n call to Nova…</numerusform>
            <numerusform>Make Nova match Placement: %n calls to Nova…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) changed on the server</source>
        <translation>
            <numerusform>%n provider changed on the server</numerusform>
            <numerusform>%n providers changed on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with pending edits that Submit will check</source>
        <translation>
            <numerusform>%n with pending edits that Submit will check</numerusform>
            <numerusform>%n with pending edits that Submit will check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone</source>
        <translation>
            <numerusform>%n gone</numerusform>
            <numerusform>%n gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live view: %1 (%n request(s)).</source>
        <translation>
            <numerusform>Live view: %1 (%n request).</numerusform>
            <numerusform>Live view: %1 (%n requests).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDock</name>
    <message numerus="yes">
        <source>%n Placement-only aggregate(s).</source>
        <translation>
            <numerusform>%n Placement-only aggregate.</numerusform>
            <numerusform>%n Placement-only aggregates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between Nova and Placement.</source>
        <translation>
            <numerusform>%n difference between Nova and Placement.</numerusform>
            <numerusform>%n differences between Nova and Placement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message numerus="yes">
        <source>%n other Placement Desk window(s) are editing this endpoint, so edits made here are not saved to disk until one of them closes.</source>
        <translation>
            <numerusform>%n other Placement Desk window is editing this endpoint, so edits made here are not saved to disk until one of them closes.</numerusform>
            <numerusform>%n other Placement Desk windows are editing this endpoint, so edits made here are not saved to disk until one of them closes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message numerus="yes">
        <source>Exported %n provider(s) to %1.</source>
        <translation>
            <numerusform>Exported %n provider to %1.</numerusform>
            <numerusform>Exported %n providers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could not be read; their state column says why.</source>
        <translation>
            <numerusform>%n provider could not be read; its state column says why.</numerusform>
            <numerusform>%n providers could not be read; their state column says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already so</source>
        <translation>
            <numerusform>%n line already so</numerusform>
            <numerusform>%n lines already so</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problem.</numerusform>
            <numerusform>%n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) left pending in the journal; open the window to see why and submit them.</source>
        <translation>
            <numerusform>%n edit left pending in the journal; open the window to see why and submit it.</numerusform>
            <numerusform>%n edits left pending in the journal; open the window to see why and submit them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message numerus="yes">
        <source>%n pending edit(s) undo the selected change(s); review them and Submit.</source>
        <translation>
            <numerusform>%n pending edit undoes the selected change(s); review it and Submit.</numerusform>
            <numerusform>%n pending edits undo the selected change(s); review them and Submit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed change(s) on this cloud.</source>
        <translation>
            <numerusform>%n confirmed change on this cloud.</numerusform>
            <numerusform>%n confirmed changes on this cloud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n confirmed change(s) match.</source>
        <translation>
            <numerusform>%1 of %n confirmed change matches.</numerusform>
            <numerusform>%1 of %n confirmed changes match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo %n change(s) from the history</source>
        <translation>
            <numerusform>Undo %n change from the history</numerusform>
            <numerusform>Undo %n changes from the history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpJob</name>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>No complete answer within %n second.</numerusform>
            <numerusform>No complete answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent no complete answer within %n second(s).</source>
        <translation>
            <numerusform>%1 sent no complete answer within %n second.</numerusform>
            <numerusform>%1 sent no complete answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n provider(s) shown</source>
        <translation>
            <numerusform>%1 of %n provider shown</numerusform>
            <numerusform>%1 of %n providers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aggregate(s)</source>
        <translation>
            <numerusform>%n aggregate</numerusform>
            <numerusform>%n aggregates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not loaded</source>
        <translation>
            <numerusform>%n not loaded</numerusform>
            <numerusform>%n not loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n provider(s)</source>
        <translation>
            <numerusform>%1 of %n provider</numerusform>
            <numerusform>%1 of %n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) changed</source>
        <translation>
            <numerusform>%n provider changed</numerusform>
            <numerusform>%n providers changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n edit</numerusform>
            <numerusform>%n edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load canceled: aggregates of %1 of %n provider(s) read.</source>
        <translation>
            <numerusform>Load canceled: aggregates of %1 of %n provider read.</numerusform>
            <numerusform>Load canceled: aggregates of %1 of %n providers read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n provider(s) in %1 s with %2: %3 re-read, the rest unchanged.</source>
        <translation>
            <numerusform>Refreshed %n provider in %1 s with %2: %3 re-read, the rest unchanged.</numerusform>
            <numerusform>Refreshed %n providers in %1 s with %2: %3 re-read, the rest unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n provider(s) in %1 s with %2.</source>
        <translation>
            <numerusform>Loaded %n provider in %1 s with %2.</numerusform>
            <numerusform>Loaded %n providers in %1 s with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n provider(s) as cached on %1; verifying with the server…</source>
        <translation>
            <numerusform>Showing %n provider as cached on %1; verifying with the server…</numerusform>
            <numerusform>Showing %n providers as cached on %1; verifying with the server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from cache, verifying…</source>
        <translation>
            <numerusform>%n row from cache, verifying…</numerusform>
            <numerusform>%n rows from cache, verifying…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from cache, not verified</source>
        <translation>
            <numerusform>%n row from cache, not verified</numerusform>
            <numerusform>%n rows from cache, not verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed in the background every %n second(s); last checked at %1 with %2. Marked rows were changed by someone else; selecting a row clears its mark.</source>
        <translation>
            <numerusform>Refreshed in the background every second; last checked at %1 with %2. Marked rows were changed by someone else; selecting a row clears its mark.</numerusform>
            <numerusform>Refreshed in the background every %n seconds; last checked at %1 with %2. Marked rows were changed by someone else; selecting a row clears its mark.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed in the background every %n second(s); not checked yet.</source>
        <translation>
            <numerusform>Refreshed in the background every second; not checked yet.</numerusform>
            <numerusform>Refreshed in the background every %n seconds; not checked yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live: %n changed on server</source>
        <translation>
            <numerusform>Live: %n changed on server</numerusform>
            <numerusform>Live: %n changed on server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The aggregates of %n provider(s) could not be read.</source>
        <translation>
            <numerusform>The aggregates of %n provider could not be read.</numerusform>
            <numerusform>The aggregates of %n providers could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) were deleted on the server while loading.</source>
        <translation>
            <numerusform>%n provider was deleted on the server while loading.</numerusform>
            <numerusform>%n providers were deleted on the server while loading.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n Second(s)</source>
        <translation>
            <numerusform>Every Second</numerusform>
            <numerusform>Every %n Seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live view: refreshing every %n second(s) in the background.</source>
        <translation>
            <numerusform>Live view: refreshing every second in the background.</numerusform>
            <numerusform>Live view: refreshing every %n seconds in the background.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message numerus="yes">
        <source>Move %n provider(s) to the spelling %1?</source>
        <translation>
            <numerusform>Move %n provider to the spelling %1?</numerusform>
            <numerusform>Move %n providers to the spelling %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept on this computer for this cloud, not in Placement; an empty label removes it (at most %n character(s)).</source>
        <translation>
            <numerusform>Kept on this computer for this cloud, not in Placement; an empty label removes it (at most %n character).</numerusform>
            <numerusform>Kept on this computer for this cloud, not in Placement; an empty label removes it (at most %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n aggregate label(s) from %1.</source>
        <translation>
            <numerusform>Imported %n aggregate label from %1.</numerusform>
            <numerusform>Imported %n aggregate labels from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing label(s) replaced.</source>
        <translation>
            <numerusform>%n existing label replaced.</numerusform>
            <numerusform>%n existing labels replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n aggregate label(s) to %1.</source>
        <translation>
            <numerusform>Exported %n aggregate label to %1.</numerusform>
            <numerusform>Exported %n aggregate labels to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n provider(s) to %1.</source>
        <translation>
            <numerusform>Exported %n provider to %1.</numerusform>
            <numerusform>Exported %n providers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pending edit(s) to %1.</source>
        <translation>
            <numerusform>Exported %n pending edit to %1.</numerusform>
            <numerusform>Exported %n pending edits to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan changes nothing: the table already is as it says (%n line(s)).</source>
        <translation>
            <numerusform>The plan changes nothing: the table already is as it says (%n line).</numerusform>
            <numerusform>The plan changes nothing: the table already is as it says (%n lines).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan has no usable edit; %n line(s) have problems.</source>
        <translation>
            <numerusform>The plan has no usable edit; %n line has problems.</numerusform>
            <numerusform>The plan has no usable edit; %n lines have problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan makes %n pending edit(s):</source>
        <translation>
            <numerusform>The plan makes %n pending edit:</numerusform>
            <numerusform>The plan makes %n pending edits:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have problems and are left out (see Details). </source>
        <translation>
            <numerusform>%n line has problems and is left out (see Details). </numerusform>
            <numerusform>%n lines have problems and are left out (see Details). </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pending edit(s) from %1.</source>
        <translation>
            <numerusform>Imported %n pending edit from %1.</numerusform>
            <numerusform>Imported %n pending edits from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipPlan</name>
    <message numerus="yes">
        <source>Import plan (%n edit(s))</source>
        <translation>
            <numerusform>Import plan (%n edit)</numerusform>
            <numerusform>Import plan (%n edits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipTableModel</name>
    <message numerus="yes">
        <source>Aggregate %1
%n member(s)</source>
        <translation>
            <numerusform>Aggregate %1
%n member</numerusform>
            <numerusform>Aggregate %1
%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in Placement</source>
        <translation>
            <numerusform>%n member in Placement</numerusform>
            <numerusform>%n members in Placement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) in Nova</source>
        <translation>
            <numerusform>%n host in Nova</numerusform>
            <numerusform>%n hosts in Nova</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) lack %1 and so take no instance (see the Drift panel).</source>
        <translation>
            <numerusform>%n member lacks %1 and so takes no instance (see the Drift panel).</numerusform>
            <numerusform>%n members lack %1 and so take no instance (see the Drift panel).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewAggregateDialog</name>
    <message numerus="yes">
        <source>it has %n hexadecimal digit(s); a UUID has 32.</source>
        <translation>
            <numerusform>it has %n hexadecimal digit; a UUID has 32.</numerusform>
            <numerusform>it has %n hexadecimal digits; a UUID has 32.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NovaLoader</name>
    <message numerus="yes">
        <source>Nova&apos;s hypervisor list does not end (%n page(s) read).</source>
        <translation>
            <numerusform>Nova&apos;s hypervisor list does not end (%n page read).</numerusform>
            <numerusform>Nova&apos;s hypervisor list does not end (%n pages read).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperatorPrompts</name>
    <message numerus="yes">
        <source>You have %n unsubmitted edit(s). Submit them before closing?</source>
        <translation>
            <numerusform>You have %n unsubmitted edit. Submit it before closing?</numerusform>
            <numerusform>You have %n unsubmitted edits. Submit them before closing?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsubmitted edit(s). A refresh reloads every row. Submit them first?</source>
        <translation>
            <numerusform>You have %n unsubmitted edit. A refresh reloads every row. Submit it first?</numerusform>
            <numerusform>You have %n unsubmitted edits. A refresh reloads every row. Submit them first?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n unsaved edit(s) from the last session?</source>
        <translation>
            <numerusform>Restore %n unsaved edit from the last session?</numerusform>
            <numerusform>Restore %n unsaved edits from the last session?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They were made on %n provider(s) and are re-applied on top of what the server holds now.</source>
        <translation>
            <numerusform>It was made on %n provider and is re-applied on top of what the server holds now.</numerusform>
            <numerusform>They were made on %n providers and are re-applied on top of what the server holds now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) with saved edits were deleted on the server: %1.</source>
        <translation>
            <numerusform>%n provider with saved edits were deleted on the server: %1.</numerusform>
            <numerusform>%n providers with saved edits were deleted on the server: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingChangesDock</name>
    <message numerus="yes">
        <source>Discard all %n pending edit(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Discard all %n pending edit? This cannot be undone.</numerusform>
            <numerusform>Discard all %n pending edits? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderContextDock</name>
    <message numerus="yes">
        <source>%n child provider(s): %1</source>
        <translation>
            <numerusform>%n child provider: %1</numerusform>
            <numerusform>%n child providers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n missing for aggregate isolation</source>
        <translation>
            <numerusform>— %n missing for aggregate isolation</numerusform>
            <numerusform>— %n missing for aggregate isolation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcileOutcome</name>
    <message numerus="yes">
        <source>%n of %1 call(s) to Nova succeeded.</source>
        <translation>
            <numerusform>%n of %1 call to Nova succeeded.</numerusform>
            <numerusform>%n of %1 calls to Nova succeeded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (canceled).</source>
        <translation>
            <numerusform>%n not sent (canceled).</numerusform>
            <numerusform>%n not sent (canceled).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could not be read again; their next submit merges with the server&apos;s state.</source>
        <translation>
            <numerusform>%n provider could not be read again; their next submit merges with the server&apos;s state.</numerusform>
            <numerusform>%n providers could not be read again; their next submit merges with the server&apos;s state.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) remain for these hosts.</source>
        <translation>
            <numerusform>%n difference remain for these hosts.</numerusform>
            <numerusform>%n differences remain for these hosts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcilePlan</name>
    <message numerus="yes">
        <source>Make Placement match Nova (%n edit(s))</source>
        <translation>
            <numerusform>Make Placement match Nova (%n edit)</numerusform>
            <numerusform>Make Placement match Nova (%n edits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to Nova.</source>
        <translation>
            <numerusform>%n call to Nova.</numerusform>
            <numerusform>%n calls to Nova.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending edit(s)</source>
        <translation>
            <numerusform>%n pending edit</numerusform>
            <numerusform>%n pending edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n provider(s).</source>
        <translation>
            <numerusform>for %n provider.</numerusform>
            <numerusform>for %n providers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetMembershipCommand</name>
    <message numerus="yes">
        <source>Add %n provider(s) to %1</source>
        <translation>
            <numerusform>Add %n provider to %1</numerusform>
            <numerusform>Add %n providers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n provider(s) from %1</source>
        <translation>
            <numerusform>Remove %n provider from %1</numerusform>
            <numerusform>Remove %n providers from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Normalize spelling of %1 on %n provider(s)</source>
        <translation>
            <numerusform>Normalize spelling of %1 on %n provider</numerusform>
            <numerusform>Normalize spelling of %1 on %n providers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmitSummary</name>
    <message numerus="yes">
        <source>%n conflict(s) left pending</source>
        <translation>
            <numerusform>%n conflict left pending</numerusform>
            <numerusform>%n conflicts left pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (canceled)</source>
        <translation>
            <numerusform>%n not sent (canceled)</numerusform>
            <numerusform>%n not sent (canceled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transient fault(s) retried</source>
        <translation>
            <numerusform>%n transient fault retried</numerusform>
            <numerusform>%n transient faults retried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved</source>
        <translation>
            <numerusform>%n conflict resolved</numerusform>
            <numerusform>%n conflicts resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message numerus="yes">
        <source>The provider kept changing on the server; gave up after %n automatic resend(s). Try again later.</source>
        <translation>
            <numerusform>The provider kept changing on the server; gave up after %n automatic resend. Try again later.</numerusform>
            <numerusform>The provider kept changing on the server; gave up after %n automatic resends. Try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s aggregates changed on the server again after each of %n merge(s); your edits are left pending.</source>
        <translation>
            <numerusform>The provider&apos;s aggregates changed on the server again after the merge; your edits are left pending.</numerusform>
            <numerusform>The provider&apos;s aggregates changed on the server again after each of %n merges; your edits are left pending.</numerusform>
        </translation>
    </message>
</context>
</TS>
