<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityLogDock</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Horizontale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Vertikale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>Ak&amp;tivität</translation>
    </message>
</context>
<context>
    <name>AggregateActionJob</name>
    <message>
        <source>Nova&apos;s answer to the aggregate action does not have the shape Nova sends.</source>
        <translation>Novas Antwort auf die Aggregataktion hat nicht die Form, die Nova sendet.</translation>
    </message>
</context>
<context>
    <name>AggregateLabels</name>
    <message>
        <source>%1: &quot;%2&quot; is not an aggregate UUID</source>
        <translation>%1: „%2“ ist keine Aggregat-UUID</translation>
    </message>
    <message>
        <source>%1: the label of %2 %3</source>
        <translation>%1: die Bezeichnung von %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: more than %n label(s)</source>
        <translation>
            <numerusform>%1: mehr als %n Bezeichnung</numerusform>
            <numerusform>%1: mehr als %n Bezeichnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is not a Placement Desk label file (format &quot;%1&quot;)</source>
        <translation>die Datei ist keine Bezeichnungsdatei von Placement Desk (Format „%1“)</translation>
    </message>
    <message>
        <source>the file was written by a newer Placement Desk (format version %1); update the app to read it</source>
        <translation>die Datei stammt von einem neueren Placement Desk (Formatversion %1); aktualisieren Sie die App, um sie zu lesen</translation>
    </message>
    <message>
        <source>the file has an invalid format version (%1)</source>
        <translation>die Datei hat eine ungültige Formatversion (%1)</translation>
    </message>
    <message>
        <source>not valid JSON (at byte %1): %2</source>
        <translation>kein gültiges JSON (bei Byte %1): %2</translation>
    </message>
    <message>
        <source>the JSON document is not an object of labels</source>
        <translation>das JSON-Dokument ist kein Objekt mit Bezeichnungen</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be a string and &quot;version&quot; a number</source>
        <translation>„format“ muss eine Zeichenkette und „version“ eine Zahl sein</translation>
    </message>
    <message>
        <source>&quot;labels&quot; is not an object of UUID: label</source>
        <translation>„labels“ ist kein Objekt aus UUID: Bezeichnung</translation>
    </message>
    <message>
        <source>the label of %1 is not a string</source>
        <translation>die Bezeichnung von %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;</source>
        <translation>Eintrag „%1“</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: the document is not a mapping of labels</source>
        <translation>%1: das Dokument ist keine Zuordnung von Bezeichnungen</translation>
    </message>
    <message>
        <source>&quot;format&quot; and &quot;version&quot; must be plain values</source>
        <translation>„format“ und „version“ müssen einfache Werte sein</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; is not a number</source>
        <translation>%1: „version“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: &quot;labels&quot; is not a mapping of UUID: label</source>
        <translation>%1: „labels“ ist keine Zuordnung aus UUID: Bezeichnung</translation>
    </message>
    <message>
        <source>%1: each entry must be UUID: label</source>
        <translation>%1: jeder Eintrag muss UUID: Bezeichnung sein</translation>
    </message>
    <message>
        <source>not valid YAML (%1): %2</source>
        <translation>kein gültiges YAML (%1): %2</translation>
    </message>
    <message>
        <source>larger than %1 KiB</source>
        <translation>größer als %1 KiB</translation>
    </message>
    <message>
        <source>The aggregate labels in %1 could not be read (%2); labels cannot be changed until the file is mended or removed.</source>
        <translation>Die Aggregat-Bezeichnungen in %1 konnten nicht gelesen werden (%2); Bezeichnungen lassen sich erst ändern, wenn die Datei repariert oder entfernt ist.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>ist länger als %n Zeichen</numerusform>
            <numerusform>ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>holds control or text-direction characters</source>
        <translation>enthält Steuer- oder Schreibrichtungszeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an aggregate UUID</source>
        <translation>„%1“ ist keine Aggregat-UUID</translation>
    </message>
    <message>
        <source>The label %1.</source>
        <translation>Die Bezeichnung %1.</translation>
    </message>
    <message numerus="yes">
        <source>This cloud already has %n label(s), the most the app keeps.</source>
        <translation>
            <numerusform>Diese Cloud hat schon %n Bezeichnung, mehr speichert die App nicht.</numerusform>
            <numerusform>Diese Cloud hat schon %n Bezeichnungen, mehr speichert die App nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; a label file is much smaller.</source>
        <translation>%1 ist größer als %2 KiB; eine Bezeichnungsdatei ist viel kleiner.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Together with this cloud&apos;s labels that makes more than %n label(s).</source>
        <translation>
            <numerusform>Zusammen mit den Bezeichnungen dieser Cloud wären das mehr als %n Bezeichnung.</numerusform>
            <numerusform>Zusammen mit den Bezeichnungen dieser Cloud wären das mehr als %n Bezeichnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The labels could not be saved to %1: %2</source>
        <translation>Die Bezeichnungen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>is not valid text (a lone UTF-16 surrogate)</source>
        <translation>ist kein gültiger Text (ein einzelnes UTF-16-Surrogat)</translation>
    </message>
</context>
<context>
    <name>AggregatePickerDialog</name>
    <message>
        <source>Add to Aggregate</source>
        <translation>Zu Aggregat hinzufügen</translation>
    </message>
    <message>
        <source>Remove from Aggregate</source>
        <translation>Aus Aggregat entfernen</translation>
    </message>
    <message>
        <source>Add to aggregate</source>
        <translation>Zu Aggregat hinzufügen</translation>
    </message>
    <message>
        <source>Remove from aggregate</source>
        <translation>Aus Aggregat entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected provider(s) to this aggregate:</source>
        <translation>
            <numerusform>Den ausgewählten Anbieter zu diesem Aggregat hinzufügen:</numerusform>
            <numerusform>Die %n ausgewählten Anbieter zu diesem Aggregat hinzufügen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the selected providers to this aggregate:</source>
        <translation>Die ausgewählten Anbieter zu diesem Aggregat hinzufügen:</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected provider(s) from this aggregate:</source>
        <translation>
            <numerusform>Den ausgewählten Anbieter aus diesem Aggregat entfernen:</numerusform>
            <numerusform>Die %n ausgewählten Anbieter aus diesem Aggregat entfernen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the selected providers from this aggregate:</source>
        <translation>Die ausgewählten Anbieter aus diesem Aggregat entfernen:</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Filter aggregates</source>
        <translation>Aggregate filtern</translation>
    </message>
    <message>
        <source>Part of a UUID, any spelling</source>
        <translation>Teil einer UUID, beliebige Schreibweise</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>Aggregate UUID</source>
        <translation>Aggregat-UUID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Selected in it</source>
        <translation>Davon ausgewählt</translation>
    </message>
    <message>
        <source>Providers in the aggregate as loaded from the server</source>
        <translation>Anbieter im Aggregat, wie vom Server geladen</translation>
    </message>
    <message>
        <source>How many of the selected providers are in it, pending edits included</source>
        <translation>Wie viele der ausgewählten Anbieter darin sind, einschließlich ausstehender Änderungen</translation>
    </message>
    <message>
        <source>No aggregates</source>
        <translation>Keine Aggregate</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;New aggregate…</source>
        <translation>&amp;Neues Aggregat …</translation>
    </message>
    <message>
        <source>New aggregate</source>
        <translation>Neues Aggregat</translation>
    </message>
    <message>
        <source>Add the providers to an aggregate that is not a column yet</source>
        <translation>Die Anbieter zu einem Aggregat hinzufügen, das noch keine Spalte hat</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Not a column yet: added when you confirm</source>
        <translation>Noch keine Spalte: wird beim Bestätigen hinzugefügt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No aggregates are loaded yet. Use “New aggregate…” to add one.</source>
        <translation>Es sind noch keine Aggregate geladen. Mit „Neues Aggregat …“ fügen Sie eines hinzu.</translation>
    </message>
    <message>
        <source>No aggregates are loaded.</source>
        <translation>Es sind keine Aggregate geladen.</translation>
    </message>
    <message>
        <source>None of the selected providers is in an aggregate.</source>
        <translation>Keiner der ausgewählten Anbieter ist in einem Aggregat.</translation>
    </message>
    <message>
        <source>%1 is not a column yet. Use “New aggregate…” to add it.</source>
        <translation>%1 ist noch keine Spalte. Mit „Neues Aggregat …“ fügen Sie es hinzu.</translation>
    </message>
    <message>
        <source>No aggregate matches “%1”.</source>
        <translation>Kein Aggregat passt zu „%1“.</translation>
    </message>
    <message>
        <source>Nova name</source>
        <translation>Nova-Name</translation>
    </message>
    <message>
        <source>Availability zone %1</source>
        <translation>Verfügbarkeitszone %1</translation>
    </message>
    <message>
        <source>Part of a UUID (any spelling) or a Nova name</source>
        <translation>Teil einer UUID (beliebige Schreibweise) oder ein Nova-Name</translation>
    </message>
    <message>
        <source>Local label</source>
        <translation>Lokale Bezeichnung</translation>
    </message>
    <message>
        <source>The Nova host aggregate mirrored into this Placement aggregate, or your local label (quoted) for one Nova does not know</source>
        <translation>Das Nova-Host-Aggregat, das in dieses Placement-Aggregat gespiegelt wird, oder Ihre lokale Bezeichnung (in Anführungszeichen) für eines, das Nova nicht kennt</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Local label, kept on this computer</source>
        <translation>Lokale Bezeichnung, auf diesem Rechner gespeichert</translation>
    </message>
    <message>
        <source>Part of a UUID (any spelling) or a label</source>
        <translation>Teil einer UUID (beliebige Schreibweise) oder einer Bezeichnung</translation>
    </message>
    <message>
        <source>Go to Aggregate</source>
        <translation>Zu Aggregat springen</translation>
    </message>
    <message>
        <source>Go to aggregate</source>
        <translation>Zu Aggregat springen</translation>
    </message>
    <message>
        <source>Show the column of this aggregate (type part of its name or UUID):</source>
        <translation>Die Spalte dieses Aggregats zeigen (einen Teil des Namens oder der UUID eingeben):</translation>
    </message>
    <message>
        <source>Go to column</source>
        <translation>Zur Spalte</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Placement rejected the request as invalid (HTTP 400).</source>
        <translation>Placement hat die Anfrage als ungültig abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>Authentication failed (HTTP 401): the token is missing, invalid or expired.</source>
        <translation>Authentifizierung fehlgeschlagen (HTTP 401): Das Token fehlt, ist ungültig oder abgelaufen.</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403): this token is not allowed to do this; Placement&apos;s aggregate calls need the admin or service role.</source>
        <translation>Zugriff verweigert (HTTP 403): Dieses Token darf das nicht; die Aggregat-Aufrufe von Placement brauchen die Rolle „admin“ oder „service“.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>Nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <source>The server does not allow this method here (HTTP 405). Is this a Placement endpoint?</source>
        <translation>Der Server erlaubt diese Methode hier nicht (HTTP 405). Ist das ein Placement-Endpunkt?</translation>
    </message>
    <message>
        <source>The server does not accept the requested API version or media type (HTTP 406).</source>
        <translation>Der Server akzeptiert die angeforderte API-Version oder den Medientyp nicht (HTTP 406).</translation>
    </message>
    <message>
        <source>Conflict (HTTP 409): the data changed on the server.</source>
        <translation>Konflikt (HTTP 409): Die Daten haben sich auf dem Server geändert.</translation>
    </message>
    <message>
        <source>The request is too large for the server (HTTP 413).</source>
        <translation>Die Anfrage ist für den Server zu groß (HTTP 413).</translation>
    </message>
    <message>
        <source>The server does not accept the request&apos;s media type (HTTP 415).</source>
        <translation>Der Server akzeptiert den Medientyp der Anfrage nicht (HTTP 415).</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): the server is rate limiting; try again later.</source>
        <translation>Zu viele Anfragen (HTTP 429): Der Server drosselt; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1). Check the Placement service&apos;s log.</source>
        <translation>Der Server konnte die Anfrage nicht bearbeiten (HTTP %1). Prüfen Sie das Protokoll des Placement-Dienstes.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Connection refused by %1. Is Placement running there, on this port?</source>
        <translation>%1 hat die Verbindung abgelehnt. Läuft Placement dort, auf diesem Port?</translation>
    </message>
    <message>
        <source>The host name of %1 could not be resolved. Check the endpoint URL.</source>
        <translation>Der Hostname von %1 konnte nicht aufgelöst werden. Prüfen Sie die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering completely.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The network is unavailable: %1</source>
        <translation>Das Netzwerk ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The proxy failed: %1</source>
        <translation>Der Proxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The URL scheme is not supported; use http:// or https://.</source>
        <translation>Das URL-Schema wird nicht unterstützt; verwenden Sie http:// oder https://.</translation>
    </message>
    <message>
        <source>%1 redirected the request in a way that is not followed: %2</source>
        <translation>%1 hat die Anfrage auf eine Weise umgeleitet, der nicht gefolgt wird: %2</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2.</source>
        <translation>Das Zertifikat von %1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <source>(no common name)</source>
        <translation>(kein Common Name)</translation>
    </message>
    <message>
        <source>It was issued to %1 by %2.</source>
        <translation>Es wurde für %1 von %2 ausgestellt.</translation>
    </message>
    <message>
        <source>If the server is right, add its CA with cacert; never turn verification off to hide this.</source>
        <translation>Wenn der Server der richtige ist, fügen Sie seine Zertifizierungsstelle mit cacert hinzu; schalten Sie die Prüfung nie ab, um dies zu verbergen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Keystone says: %1</source>
        <translation>Keystone meldet: %1</translation>
    </message>
    <message>
        <source>Placement says: %1</source>
        <translation>Placement meldet: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Nova says: %1</source>
        <translation>Nova meldet: %1</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>The history file %1 could not be read.</source>
        <translation>Die Verlaufsdatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the history file %1 could not be read and are not shown.</source>
        <translation>
            <numerusform>%n Zeile der Verlaufsdatei %1 konnte nicht gelesen werden und wird nicht angezeigt.</numerusform>
            <numerusform>%n Zeilen der Verlaufsdatei %1 konnten nicht gelesen werden und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the change history.</source>
        <translation>Der Ordner %1 für den Änderungsverlauf konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>No cloud is selected for the change history.</source>
        <translation>Für den Änderungsverlauf ist keine Cloud ausgewählt.</translation>
    </message>
    <message>
        <source>The history file %1 is full and could not be moved aside.</source>
        <translation>Die Verlaufsdatei %1 ist voll und konnte nicht beiseite verschoben werden.</translation>
    </message>
    <message>
        <source>Could not write the history file %1: %2</source>
        <translation>Die Verlaufsdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CloudConfig</name>
    <message>
        <source>a mapping key is not a plain value</source>
        <translation>ein Schlüssel einer Zuordnung ist kein einfacher Wert</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the document is not a mapping with a &quot;clouds&quot; key</source>
        <translation>das Dokument ist keine Zuordnung mit einem Schlüssel &quot;clouds&quot;</translation>
    </message>
    <message>
        <source>&quot;clouds&quot; is not a mapping of cloud names</source>
        <translation>&quot;clouds&quot; ist keine Zuordnung von Cloud-Namen</translation>
    </message>
    <message>
        <source>cloud &quot;%1&quot; is not a mapping</source>
        <translation>Cloud &quot;%1&quot; ist keine Zuordnung</translation>
    </message>
    <message>
        <source>&quot;auth&quot; of cloud &quot;%1&quot; is not a mapping</source>
        <translation>&quot;auth&quot; der Cloud &quot;%1&quot; ist keine Zuordnung</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): %4</source>
        <translation>%1 ist kein gültiges YAML (Zeile %2, Spalte %3): %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; was asked for, but no clouds.yaml was found (looked for %2).</source>
        <translation>Cloud &quot;%1&quot; wurde angefordert, aber es wurde keine clouds.yaml gefunden (gesucht: %2).</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; is not in %2, which names no cloud.</source>
        <translation>Cloud &quot;%1&quot; steht nicht in %2; dort ist keine Cloud eingetragen.</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; is not in %2. Clouds there: %3.</source>
        <translation>Cloud &quot;%1&quot; steht nicht in %2. Dort eingetragene Clouds: %3.</translation>
    </message>
    <message>
        <source>Nothing says where to connect: no cloud was selected (--os-cloud or OS_CLOUD), no OS_AUTH_URL is set, and no clouds.yaml was found.</source>
        <translation>Es ist nicht angegeben, wohin verbunden werden soll: Keine Cloud ausgewählt (--os-cloud oder OS_CLOUD), kein OS_AUTH_URL gesetzt und keine clouds.yaml gefunden.</translation>
    </message>
    <message>
        <source>No cloud was selected: pass --os-cloud or set OS_CLOUD. Clouds in %1: %2.</source>
        <translation>Keine Cloud ausgewählt: Geben Sie --os-cloud an oder setzen Sie OS_CLOUD. Clouds in %1: %2.</translation>
    </message>
    <message>
        <source>auth_type &quot;%1&quot; (from %2) is not supported. Use one of: %3.</source>
        <translation>auth_type &quot;%1&quot; (aus %2) wird nicht unterstützt. Verwenden Sie eines von: %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (from %3) is not a valid URL.</source>
        <translation>%1 &quot;%2&quot; (aus %3) ist keine gültige URL.</translation>
    </message>
    <message>
        <source>insecure &quot;%1&quot; (from %2) is neither true nor false.</source>
        <translation>insecure &quot;%1&quot; (aus %2) ist weder true noch false.</translation>
    </message>
    <message numerus="yes">
        <source>cloud &quot;%1&quot; is too large after expanding aliases (more than %n values)</source>
        <translation>
            <numerusform>Cloud „%1“ ist nach dem Auflösen der Aliase zu groß (mehr als %n Wert)</numerusform>
            <numerusform>Cloud „%1“ ist nach dem Auflösen der Aliase zu groß (mehr als %n Werte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too deeply nested (more than %n levels below a cloud&apos;s name)</source>
        <translation>
            <numerusform>zu tief verschachtelt (mehr als %n Ebene unter dem Namen einer Cloud)</numerusform>
            <numerusform>zu tief verschachtelt (mehr als %n Ebenen unter dem Namen einer Cloud)</numerusform>
        </translation>
    </message>
    <message>
        <source>aliases refer to themselves (an alias inside the value anchored here points back to it)</source>
        <translation>Aliase verweisen auf sich selbst (ein Alias im hier verankerten Wert zeigt auf ihn zurück)</translation>
    </message>
    <message numerus="yes">
        <source>cloud &quot;%1&quot; is too large after expanding aliases (more than %n MiB of text)</source>
        <translation>
            <numerusform>Cloud „%1“ ist nach dem Auflösen der Aliase zu groß (mehr als %n MiB Text)</numerusform>
            <numerusform>Cloud „%1“ ist nach dem Auflösen der Aliase zu groß (mehr als %n MiB Text)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n MiB, far more than any cloud configuration needs; it was not read.</source>
        <translation>
            <numerusform>%1 ist größer als %n MiB, weit mehr, als eine Cloud-Konfiguration braucht; die Datei wurde nicht gelesen.</numerusform>
            <numerusform>%1 ist größer als %n MiB, weit mehr, als eine Cloud-Konfiguration braucht; die Datei wurde nicht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>a cloud name is not a plain value</source>
        <translation>ein Cloud-Name ist kein einfacher Wert</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): too deeply nested</source>
        <translation>%1 ist kein gültiges YAML (Zeile %2, Spalte %3): zu tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>CloudOptions</name>
    <message>
        <source>Cloud from clouds.yaml to connect to (default: OS_CLOUD).</source>
        <translation>Cloud aus clouds.yaml, mit der verbunden wird (Standard: OS_CLOUD).</translation>
    </message>
    <message>
        <source>Password (default: OS_PASSWORD). Other users can see command lines; prefer secure.yaml or the environment.</source>
        <translation>Passwort (Standard: OS_PASSWORD). Andere Benutzer können Befehlszeilen sehen; verwenden Sie besser secure.yaml oder die Umgebung.</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (verify: false). Dangerous.</source>
        <translation>TLS-Zertifikate nicht prüfen (verify: false). Gefährlich.</translation>
    </message>
    <message>
        <source>Overrides %1 (default: %2).</source>
        <extracomment>%1 is a clouds.yaml key such as auth_url, %2 an environment variable such as OS_AUTH_URL</extracomment>
        <translation>Überschreibt %1 (Standard: %2).</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Placement endpoint URL, e.g. http://controller:8778 (default: $OS_PLACEMENT_ENDPOINT, then $OS_ENDPOINT).</source>
        <translation>URL des Placement-Endpunkts, z. B. http://controller:8778 (Standard: $OS_PLACEMENT_ENDPOINT, dann $OS_ENDPOINT).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds to wait for each request before giving up (default: %1).</source>
        <translation>Sekunden, die auf jede Anfrage gewartet wird, bevor sie aufgegeben wird (Standard: %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--parallel: expected a whole number from 1 to %1, got “%2”.</source>
        <translation>--parallel: Erwartet wird eine ganze Zahl von 1 bis %1, erhalten: „%2“.</translation>
    </message>
    <message>
        <source>--timeout: expected a number of seconds from 1 to 3600, got “%1”.</source>
        <translation>--timeout: Erwartet wird eine Sekundenzahl von 1 bis 3600, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Keystone token sent as X-Auth-Token (default: $OS_TOKEN, then $OS_AUTH_TOKEN). An empty TOKEN is an error; leave the option out to use the environment.</source>
        <translation>Keystone-Token, das als X-Auth-Token gesendet wird (Standard: $OS_TOKEN, dann $OS_AUTH_TOKEN). Ein leeres TOKEN ist ein Fehler; lassen Sie die Option weg, um die Umgebung zu verwenden.</translation>
    </message>
    <message>
        <source>--token: the token is empty. Leave --token out to use $OS_TOKEN or $OS_AUTH_TOKEN.</source>
        <translation>--token: Das Token ist leer. Lassen Sie --token weg, um $OS_TOKEN oder $OS_AUTH_TOKEN zu verwenden.</translation>
    </message>
    <message>
        <source>Shows which OpenStack resource providers belong to which aggregates, as Placement reports them.

Environment:
  OS_PLACEMENT_ENDPOINT  Placement endpoint URL, used when --endpoint is not given.
  OS_ENDPOINT            Fallback endpoint URL when OS_PLACEMENT_ENDPOINT is not set either.
  OS_TOKEN               Token, used when --token is not given (OS_AUTH_TOKEN also works).
  OS_COMPUTE_ENDPOINT_OVERRIDE  Nova&apos;s compute endpoint, for aggregate names and drift.

The command line wins over the environment, which wins over the endpoint remembered from the
last session. With both an endpoint and a token the window connects right away.
The token is never saved.</source>
        <translation>Zeigt, welche OpenStack-Ressourcenanbieter zu welchen Aggregaten gehören, wie Placement sie meldet.

Umgebung:
  OS_PLACEMENT_ENDPOINT  URL des Placement-Endpunkts, wenn --endpoint fehlt.
  OS_ENDPOINT            Ersatz-URL, wenn auch OS_PLACEMENT_ENDPOINT nicht gesetzt ist.
  OS_TOKEN               Token, wenn --token fehlt (OS_AUTH_TOKEN geht auch).
  OS_COMPUTE_ENDPOINT_OVERRIDE  Compute-Endpunkt von Nova, für Aggregatnamen und Abweichungen.

Die Befehlszeile hat Vorrang vor der Umgebung, diese vor dem aus der letzten Sitzung
gemerkten Endpunkt. Mit Endpunkt und Token verbindet sich das Fenster sofort.
Das Token wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Most requests in flight at once, 1 to %1 (default: %2). The app starts with one and adds more while the server answers faster, so this is a cap.</source>
        <translation>Höchstzahl gleichzeitig laufender Anfragen, 1 bis %1 (Standard: %2). Die App beginnt mit einer und nimmt weitere hinzu, solange der Server schneller antwortet; dies ist also eine Obergrenze.</translation>
    </message>
    <message>
        <source>Neither show the table saved at the last load while the server is read (warm start) nor save it. The cache holds no token and no pending edit.</source>
        <translation>Die beim letzten Laden gespeicherte Tabelle weder anzeigen, während der Server gelesen wird (Warmstart), noch speichern. Der Cache enthält kein Token und keine offene Änderung.</translation>
    </message>
    <message>
        <source>Open no window: connect (as with --endpoint and --token, or a cloud), load every provider, write the membership table to FILE and exit: 0 when every row was read, 1 when some could not be (their state says so), 2 when nothing was written.</source>
        <translation>Kein Fenster öffnen: verbinden (wie mit --endpoint und --token oder einer Cloud), alle Anbieter laden, die Mitgliedschaftstabelle in DATEI schreiben und beenden: 0, wenn jede Zeile gelesen wurde, 1, wenn manche nicht gelesen werden konnten (ihr Zustand sagt es), 2, wenn nichts geschrieben wurde.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--export: the file name is empty.</source>
        <translation>--export: der Dateiname ist leer.</translation>
    </message>
    <message>
        <source>--format: expected csv or json, got “%1”.</source>
        <translation>--format: csv oder json erwartet, „%1“ erhalten.</translation>
    </message>
    <message>
        <source>Append every request (time, service, method, URL, status, duration, microversion, request id) to FILE as JSON lines. Never a token or a password.</source>
        <translation>Jede Anfrage (Zeit, Dienst, Methode, URL, Status, Dauer, Microversion, Request-ID) als JSON-Zeile an DATEI anhängen. Nie ein Token oder Passwort.</translation>
    </message>
    <message>
        <source>With --plan: only say what the plan would change.</source>
        <translation>Mit --plan: nur sagen, was der Plan ändern würde.</translation>
    </message>
    <message>
        <source>--plan: the file name is empty.</source>
        <translation>--plan: der Dateiname ist leer.</translation>
    </message>
    <message>
        <source>--plan and --export: one at a time.</source>
        <translation>--plan und --export: nur eines auf einmal.</translation>
    </message>
    <message>
        <source>--dry-run goes with --plan.</source>
        <translation>--dry-run gehört zu --plan.</translation>
    </message>
    <message>
        <source>--format goes with --export or --plan.</source>
        <translation>--format gehört zu --export oder --plan.</translation>
    </message>
    <message>
        <source>Live view: refresh in the background every SECONDS (at least %1; 0 turns it off) and mark rows someone else changed; pending edits stay. Default: the View menu&apos;s last choice (off at first).</source>
        <translation>Live-Ansicht: alle SECONDS Sekunden im Hintergrund aktualisieren (mindestens %1; 0 schaltet sie aus) und Zeilen markieren, die jemand anders geändert hat; ausstehende Änderungen bleiben. Standard: die letzte Wahl im Menü Ansicht (anfangs aus).</translation>
    </message>
    <message>
        <source>With --export: the file&apos;s format, csv (default) or json; default from FILE&apos;s extension. With --plan: json prints the report as JSON (for scripts).</source>
        <translation>Mit --export: das Format der Datei, csv (Standard) oder json; sonst nach der Endung von FILE. Mit --plan: json gibt den Bericht als JSON aus (für Skripte).</translation>
    </message>
    <message>
        <source>With --dry-run or --apply, open no window: connect, load, check the edits in FILE (CSV provider,action,aggregate or the JSON of Export Pending Edits) against the table and print what would change. --dry-run exits: 0 nothing would change, 1 something would, 2 errors (each with its line). --apply then submits them as the window does (generations, merges, retries) and exits: 0 everything applied, 1 some edits left pending (in the journal, for a window), 2 errors (nothing applied).</source>
        <translation>Mit --dry-run oder --apply kein Fenster öffnen: verbinden, laden, die Änderungen in FILE (CSV provider,action,aggregate oder das JSON von „Ausstehende Änderungen exportieren“) gegen die Tabelle prüfen und ausgeben, was sich ändern würde. --dry-run endet mit: 0 nichts würde sich ändern, 1 etwas würde sich ändern, 2 Fehler (jeweils mit Zeile). --apply übermittelt sie dann wie das Fenster (Generationen, Zusammenführen, Wiederholungen) und endet mit: 0 alles angewendet, 1 einige Änderungen bleiben ausstehend (im Journal, für ein Fenster), 2 Fehler (nichts angewendet).</translation>
    </message>
    <message>
        <source>With --plan: submit the plan&apos;s edits (a plan with problems applies nothing).</source>
        <translation>Mit --plan: die Änderungen des Plans übermitteln (ein Plan mit Problemen wendet nichts an).</translation>
    </message>
    <message>
        <source>With --apply, when someone else changed a provider too: merge (default; your adds and removes on top of the server&apos;s set) or skip (leave those edits pending for a window).</source>
        <translation>Mit --apply, wenn jemand anders einen Anbieter ebenfalls geändert hat: merge (Standard; Ihre Hinzufügungen und Entfernungen auf der Menge des Servers) oder skip (diese Änderungen für ein Fenster ausstehend lassen).</translation>
    </message>
    <message>
        <source>merge|skip</source>
        <translation>merge|skip</translation>
    </message>
    <message>
        <source>--live: expected 0 (off) or %1 to 86400 seconds, got “%2”.</source>
        <translation>--live: erwartet 0 (aus) oder %1 bis 86400 Sekunden, erhalten „%2“.</translation>
    </message>
    <message>
        <source>--dry-run and --apply: one or the other.</source>
        <translation>--dry-run und --apply: nur eines von beiden.</translation>
    </message>
    <message>
        <source>--plan needs --dry-run (say what would change) or --apply (submit it).</source>
        <translation>--plan braucht --dry-run (sagen, was sich ändern würde) oder --apply (übermitteln).</translation>
    </message>
    <message>
        <source>--apply goes with --plan.</source>
        <translation>--apply gehört zu --plan.</translation>
    </message>
    <message>
        <source>--on-conflict goes with --plan FILE --apply.</source>
        <translation>--on-conflict gehört zu --plan FILE --apply.</translation>
    </message>
    <message>
        <source>--on-conflict: expected merge or skip, got “%1”.</source>
        <translation>--on-conflict: erwartet merge oder skip, erhalten „%1“.</translation>
    </message>
</context>
<context>
    <name>ConfigError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unverändert: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Conflict for provider %1</source>
        <translation>Konflikt bei Anbieter %1</translation>
    </message>
    <message>
        <source>Apply to all remaining conflicts</source>
        <translation>Auf alle verbleibenden Konflikte anwenden</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Decide later: your edits stay pending</source>
        <translation>Später entscheiden: Ihre Änderungen bleiben ausstehend</translation>
    </message>
    <message>
        <source>Apply to &amp;all remaining conflicts (%1)</source>
        <translation>Auf &amp;alle verbleibenden Konflikte anwenden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Answer the %n conflict(s) still waiting with the same choice, without asking</source>
        <translation>
            <numerusform>Den noch wartenden Konflikt ohne Nachfrage genauso beantworten</numerusform>
            <numerusform>Die %n noch wartenden Konflikte ohne Nachfrage genauso beantworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>“%1” was changed on the server since you loaded it</source>
        <translation>„%1“ wurde auf dem Server geändert, seit Sie es geladen haben</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Choose which aggregates to send for this provider. Nothing is sent until you apply.</source>
        <translation>Wählen Sie, welche Aggregate für diesen Anbieter gesendet werden. Gesendet wird erst, wenn Sie übernehmen.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Provider UUID</source>
        <translation>Anbieter-UUID</translation>
    </message>
    <message>
        <source>Remaining conflicts</source>
        <translation>Verbleibende Konflikte</translation>
    </message>
    <message>
        <source>Changed on the server since you loaded</source>
        <translation>Seit dem Laden auf dem Server geändert</translation>
    </message>
    <message>
        <source>Added on the server</source>
        <translation>Auf dem Server hinzugefügt</translation>
    </message>
    <message>
        <source>Removed on the server</source>
        <translation>Auf dem Server entfernt</translation>
    </message>
    <message>
        <source>No membership changes</source>
        <translation>Keine Änderungen der Mitgliedschaft</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Ihre Änderungen</translation>
    </message>
    <message>
        <source>You added it</source>
        <translation>Von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>You removed it</source>
        <translation>Von Ihnen entfernt</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Changed on the &amp;server since you loaded</source>
        <translation>Seit dem Laden auf dem &amp;Server geändert</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>&amp;Your changes</source>
        <translation>&amp;Ihre Änderungen</translation>
    </message>
    <message>
        <source>Server&apos;s set after merging</source>
        <translation>Menge auf dem Server nach dem Zusammenführen</translation>
    </message>
    <message>
        <source>Server&apos;s set after overwriting</source>
        <translation>Menge auf dem Server nach dem Überschreiben</translation>
    </message>
    <message>
        <source>Server&apos;s set when keeping it</source>
        <translation>Menge auf dem Server beim Beibehalten</translation>
    </message>
    <message>
        <source>Adds back an aggregate the server removed</source>
        <translation>Fügt ein Aggregat wieder hinzu, das auf dem Server entfernt wurde</translation>
    </message>
    <message>
        <source>Your addition</source>
        <translation>Ihre Hinzufügung</translation>
    </message>
    <message>
        <source>Removes an aggregate the server added</source>
        <translation>Entfernt ein Aggregat, das auf dem Server hinzugefügt wurde</translation>
    </message>
    <message>
        <source>Your removal</source>
        <translation>Ihre Entfernung</translation>
    </message>
    <message>
        <source>No aggregates</source>
        <translation>Keine Aggregate</translation>
    </message>
    <message>
        <source>removes %1, which the server added</source>
        <translation>entfernt %1, das auf dem Server hinzugefügt wurde</translation>
    </message>
    <message>
        <source>adds back %1, which the server removed</source>
        <translation>fügt %1 wieder hinzu, das auf dem Server entfernt wurde</translation>
    </message>
    <message>
        <source>Overwrite warning</source>
        <translation>Warnung zum Überschreiben</translation>
    </message>
    <message>
        <source>Warning: Overwrite undoes changes made on the server since you loaded:</source>
        <translation>Warnung: Überschreiben macht Änderungen rückgängig, die seit dem Laden auf dem Server gemacht wurden:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see the Overwrite list)</source>
        <translation>
            <numerusform>und eine weitere (siehe die Liste „Überschreiben“)</numerusform>
            <numerusform>und %n weitere (siehe die Liste „Überschreiben“)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resulting set for each choice</source>
        <translation>Ergebnis für jede Wahl</translation>
    </message>
    <message>
        <source>&amp;Merge (recommended)</source>
        <translation>&amp;Zusammenführen (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with my set</source>
        <translation>Mit meiner Menge &amp;überschreiben</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s set</source>
        <translation>Menge des Servers &amp;beibehalten</translation>
    </message>
    <message>
        <source>Keep server</source>
        <translation>Server beibehalten</translation>
    </message>
    <message>
        <source>Your additions and removals applied on top of the server&apos;s current set.</source>
        <translation>Ihre Hinzufügungen und Entfernungen werden auf die aktuelle Menge des Servers angewendet.</translation>
    </message>
    <message>
        <source>Send your full set as it is, replacing the server&apos;s current set.</source>
        <translation>Ihre vollständige Menge unverändert senden; sie ersetzt die aktuelle Menge des Servers.</translation>
    </message>
    <message>
        <source>Drop your edits for this provider and keep the server&apos;s current set.</source>
        <translation>Ihre Änderungen an diesem Anbieter verwerfen und die aktuelle Menge des Servers beibehalten.</translation>
    </message>
    <message>
        <source>Each list shows the server&apos;s set after that choice: “+” is added to it, “−” is removed from it.</source>
        <translation>Jede Liste zeigt die Menge auf dem Server nach dieser Wahl: „+“ wird hinzugefügt, „−“ wird entfernt.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>no change on the server</source>
        <translation>keine Änderung auf dem Server</translation>
    </message>
    <message>
        <source>%1 added, %2 removed</source>
        <translation>%1 hinzugefügt, %2 entfernt</translation>
    </message>
    <message>
        <source>Afterwards: %1 (%2)</source>
        <translation>Danach: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n aggregate(s)</source>
        <translation>
            <numerusform>%n Aggregat</numerusform>
            <numerusform>%n Aggregate</numerusform>
        </translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Merge all %1</source>
        <translation>Alle %1 zusammenführen</translation>
    </message>
    <message>
        <source>Overwrite all %1</source>
        <translation>Alle %1 überschreiben</translation>
    </message>
    <message>
        <source>Keep server&apos;s set for all %1</source>
        <translation>Menge des Servers für alle %1 beibehalten</translation>
    </message>
    <message>
        <source>Keep server&apos;s set</source>
        <translation>Menge des Servers beibehalten</translation>
    </message>
    <message>
        <source>&amp;Decide later for all %1</source>
        <translation>Für alle %1 &amp;später entscheiden</translation>
    </message>
    <message>
        <source>Decide later for all %1</source>
        <translation>Für alle %1 später entscheiden</translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict(s) waiting</source>
        <translation>
            <numerusform>ein weiterer Konflikt wartet</numerusform>
            <numerusform>%n weitere Konflikte warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider UUID:</source>
        <translation>Anbieter-UUID:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Cloud</source>
        <translation>Mit Cloud verbinden</translation>
    </message>
    <message>
        <source>Connect to cloud</source>
        <translation>Mit Cloud verbinden</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>&amp;Clouds (clouds.yaml, OS_* variables):</source>
        <translation>&amp;Clouds (clouds.yaml, OS_*-Variablen):</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Auth URL</source>
        <translation>Auth-URL</translation>
    </message>
    <message>
        <source>User / project</source>
        <translation>Benutzer / Projekt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>Manual login</source>
        <translation>Manuelle Anmeldung</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Authentifizierungsart</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation>Anwendungs-Zugangsdaten</translation>
    </message>
    <message>
        <source>Existing token</source>
        <translation>Vorhandenes Token</translation>
    </message>
    <message>
        <source>None (fixed endpoint)</source>
        <translation>Keine (fester Endpunkt)</translation>
    </message>
    <message>
        <source>https://keystone.example.com:5000/v3</source>
        <translation>https://keystone.example.com:5000/v3</translation>
    </message>
    <message>
        <source>Placement endpoint</source>
        <translation>Placement-Endpunkt</translation>
    </message>
    <message>
        <source>http://controller:8778</source>
        <translation>http://controller:8778</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User domain</source>
        <translation>Benutzerdomäne</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project domain</source>
        <translation>Projektdomäne</translation>
    </message>
    <message>
        <source>Application credential ID</source>
        <translation>ID der Anwendungs-Zugangsdaten</translation>
    </message>
    <message>
        <source>Application credential secret</source>
        <translation>Geheimnis der Anwendungs-Zugangsdaten</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Auth &amp;type:</source>
        <translation>Anmelde&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation>&amp;Auth-URL:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <translation>Benutzer&amp;domäne:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>Project do&amp;main:</source>
        <translation>Projektdo&amp;mäne:</translation>
    </message>
    <message>
        <source>Credential &amp;ID:</source>
        <translation>Zugangsdaten-&amp;ID:</translation>
    </message>
    <message>
        <source>Credential &amp;secret:</source>
        <translation>Zugangsdaten-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Schnittstelle:</translation>
    </message>
    <message>
        <source>from clouds.yaml / secure.yaml when empty</source>
        <translation>aus clouds.yaml / secure.yaml, wenn leer</translation>
    </message>
    <message>
        <source>Re&amp;member password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Remember password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Checking for a system keyring…</source>
        <translation>Suche nach einem Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>TLS (manual login)</source>
        <translation>TLS (manuelle Anmeldung)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>&amp;Verify server certificates</source>
        <translation>Server&amp;zertifikate prüfen</translation>
    </message>
    <message>
        <source>Verify server certificates</source>
        <translation>Serverzertifikate prüfen</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;Bundle:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 (with secure.yaml)</source>
        <translation>%1 (mit secure.yaml)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>typed in on the right</source>
        <translation>rechts eingegeben</translation>
    </message>
    <message>
        <source>Stores the password in the system keyring, never in Placement Desk&apos;s settings.</source>
        <translation>Speichert das Passwort im Schlüsselbund des Systems, nie in den Einstellungen von Placement Desk.</translation>
    </message>
    <message>
        <source>No system keyring is available (%1). Passwords are never stored in plain text, so it has to be typed at each login.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Passwörter werden nie im Klartext gespeichert, daher muss es bei jeder Anmeldung eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>URL of the Placement API, for example http://controller:8778</source>
        <translation>URL der Placement-API, zum Beispiel http://controller:8778</translation>
    </message>
    <message>
        <source>http://controller:8778</source>
        <translation>http://controller:8778</translation>
    </message>
    <message>
        <source>URL of the Placement API (http or https), including any path prefix</source>
        <translation>URL der Placement-API (http oder https), einschließlich eines Pfadpräfixes</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Keystone token sent as X-Auth-Token; it is never saved</source>
        <translation>Keystone-Token, gesendet als X-Auth-Token; es wird nie gespeichert</translation>
    </message>
    <message>
        <source>X-Auth-Token</source>
        <translation>X-Auth-Token</translation>
    </message>
    <message>
        <source>Keystone token sent as X-Auth-Token. It is kept in memory only, never saved.</source>
        <translation>Keystone-Token, gesendet als X-Auth-Token. Es bleibt nur im Arbeitsspeicher und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Loads all resource providers and their aggregates</source>
        <translation>Lädt alle Ressourcenanbieter und ihre Aggregate</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload providers and aggregates from this endpoint (F5)</source>
        <translation>Anbieter und Aggregate von diesem Endpunkt neu laden (F5)</translation>
    </message>
    <message>
        <source>Connect to this endpoint and load its providers (F5)</source>
        <translation>Mit diesem Endpunkt verbinden und seine Anbieter laden (F5)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>auth_url &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>auth_url &quot;%1&quot; ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The Placement endpoint &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>Der Placement-Endpunkt &quot;%1&quot; ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; is not one of public, internal or admin.</source>
        <translation>interface &quot;%1&quot; ist keiner von public, internal oder admin.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>der Standard</translation>
    </message>
    <message>
        <source>clouds.yaml</source>
        <translation>clouds.yaml</translation>
    </message>
    <message>
        <source>secure.yaml</source>
        <translation>secure.yaml</translation>
    </message>
    <message>
        <source>the environment (OS_*)</source>
        <translation>die Umgebung (OS_*)</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>die Befehlszeile</translation>
    </message>
    <message>
        <source>%1@%2</source>
        <comment>user@project</comment>
        <translation>%1@%2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>user@project on region</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>description (cloud name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The %1 login needs %2.</source>
        <comment>auth type, list of clouds.yaml keys</comment>
        <translation>Die Anmeldung über %1 benötigt %2.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Pending edits could not be saved to disk: %1</source>
        <translation>Ausstehende Änderungen konnten nicht auf die Festplatte geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Signing in as %1.</source>
        <translation>Anmeldung als %1.</translation>
    </message>
    <message>
        <source>Signed in; Placement is at %1.</source>
        <translation>Angemeldet; Placement ist unter %1 erreichbar.</translation>
    </message>
    <message numerus="yes">
        <source>Restored edits for %n provider(s).</source>
        <translation>
            <numerusform>Änderungen für %n Anbieter wiederhergestellt.</numerusform>
            <numerusform>Änderungen für %n Anbieter wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) already had them on the server.</source>
        <translation>
            <numerusform>%n Anbieter hatte sie bereits auf dem Server.</numerusform>
            <numerusform>%n Anbieter hatten sie bereits auf dem Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitting edits for %n provider(s)…</source>
        <translation>
            <numerusform>Übermittle Änderungen für %n Anbieter…</numerusform>
            <numerusform>Übermittle Änderungen für %n Anbieter…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3 Retrying (attempt %4) in %5 s.</source>
        <translation>%1 %2: %3 Neuer Versuch (Versuch %4) in %5 s.</translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n entry(ies) without a valid, unique provider UUID (%1); they are not shown and cannot be edited.</source>
        <translation>
            <numerusform>Der Server hat %n Eintrag ohne gültige, eindeutige Anbieter-UUID aufgelistet (%1); er wird nicht angezeigt und kann nicht bearbeitet werden.</numerusform>
            <numerusform>Der Server hat %n Einträge ohne gültige, eindeutige Anbieter-UUID aufgelistet (%1); sie werden nicht angezeigt und können nicht bearbeitet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading retried %n transient fault(s).</source>
        <translation>
            <numerusform>Beim Laden wurde %n vorübergehender Fehler wiederholt.</numerusform>
            <numerusform>Beim Laden wurden %n vorübergehende Fehler wiederholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another Placement Desk window is editing this endpoint. This one keeps its own journal of pending edits; a later start offers both.</source>
        <translation>Ein anderes Placement-Desk-Fenster bearbeitet diesen Endpunkt. Dieses führt ein eigenes Journal der ausstehenden Änderungen; ein späterer Start bietet beide an.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could not be checked (%1): their edits are kept and offered again next time.</source>
        <translation>
            <numerusform>%n Anbieter konnte nicht geprüft werden (%1): Seine Änderungen bleiben erhalten und werden beim nächsten Mal wieder angeboten.</numerusform>
            <numerusform>%n Anbieter konnten nicht geprüft werden (%1): Ihre Änderungen bleiben erhalten und werden beim nächsten Mal wieder angeboten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) were deleted on the server (%1): their edits are kept until you forget them.</source>
        <translation>
            <numerusform>%n Anbieter wurde auf dem Server gelöscht (%1): Seine Änderungen bleiben erhalten, bis Sie sie verwerfen.</numerusform>
            <numerusform>%n Anbieter wurden auf dem Server gelöscht (%1): Ihre Änderungen bleiben erhalten, bis Sie sie verwerfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nova: %n host aggregate(s), </source>
        <translation>
            <numerusform>Nova: %n Host-Aggregat, </numerusform>
            <numerusform>Nova: %n Host-Aggregate, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compute node(s).</source>
        <translation>
            <numerusform>%n Compute-Knoten.</numerusform>
            <numerusform>%n Compute-Knoten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nova&apos;s aggregate names and the drift report are not available. %1 Placement works as before.</source>
        <translation>Novas Aggregatnamen und der Abweichungsbericht sind nicht verfügbar. %1 Placement funktioniert wie bisher.</translation>
    </message>
    <message>
        <source>Nova %1 %2: %3 Retrying (attempt %4) in %5 s.</source>
        <translation>Nova %1 %2: %3 Neuer Versuch (%4.) in %5 s.</translation>
    </message>
    <message>
        <source>Nova is at %1.</source>
        <translation>Nova ist unter %1.</translation>
    </message>
    <message>
        <source>Nova&apos;s aggregate names and the drift report are off: %1 Placement works as before.</source>
        <translation>Novas Aggregatnamen und der Abweichungsbericht sind aus: %1 Placement funktioniert wie bisher.</translation>
    </message>
    <message>
        <source>Nova: %1.</source>
        <translation>Nova: %1.</translation>
    </message>
    <message>
        <source>Nova: %1 failed: %2</source>
        <translation>Nova: %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Make Placement match Nova: %n pending edit(s) created; submit to send them.</source>
        <translation>
            <numerusform>Placement an Nova angleichen: %n ausstehende Änderung angelegt; senden Sie sie ab.</numerusform>
            <numerusform>Placement an Nova angleichen: %n ausstehende Änderungen angelegt; senden Sie sie ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make Nova match Placement: %n call(s) to Nova…</source>
        <translation>
            <numerusform>Nova an Placement angleichen: %n Aufruf an Nova…</numerusform>
            <numerusform>Nova an Placement angleichen: %n Aufrufe an Nova…</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider cache was not saved: %1</source>
        <translation>Der Anbieter-Cache wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The provider cache was not used: %1 Everything is read from the server.</source>
        <translation>Der Anbieter-Cache wurde nicht verwendet: %1 Alles wird vom Server gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) changed on the server</source>
        <translation>
            <numerusform>%n Anbieter auf dem Server geändert</numerusform>
            <numerusform>%n Anbieter auf dem Server geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with pending edits that Submit will check</source>
        <translation>
            <numerusform>%n mit ausstehenden Änderungen, die „Übermitteln“ prüft</numerusform>
            <numerusform>%n mit ausstehenden Änderungen, die „Übermitteln“ prüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone</source>
        <translation>
            <numerusform>%n verschwunden</numerusform>
            <numerusform>%n verschwunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live view: %1 (%n request(s)).</source>
        <translation>
            <numerusform>Live-Ansicht: %1 (%n Anfrage).</numerusform>
            <numerusform>Live-Ansicht: %1 (%n Anfragen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverVersionsJob</name>
    <message>
        <source>The server answered, but not with Placement&apos;s version document. Check that the URL is the Placement endpoint (for example http://controller:8778).</source>
        <translation>Der Server hat geantwortet, aber nicht mit dem Versionsdokument von Placement. Prüfen Sie, ob die URL der Placement-Endpunkt ist (zum Beispiel http://controller:8778).</translation>
    </message>
    <message>
        <source>This Placement speaks microversions %1 to %2; Placement Desk needs a version between %3 (aggregates) and %4.</source>
        <translation>Dieses Placement spricht die Mikroversionen %1 bis %2; Placement Desk braucht eine Version zwischen %3 (Aggregate) und %4.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 to the version request; it does not look like a Placement endpoint. Check the URL.</source>
        <translation>Der Server hat auf die Versionsanfrage mit HTTP %1 geantwortet; das sieht nicht nach einem Placement-Endpunkt aus. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>the version document</source>
        <translation>das Versionsdokument</translation>
    </message>
</context>
<context>
    <name>DriftDock</name>
    <message>
        <source>Drift</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Drift between Nova and Placement</source>
        <translation>Abweichungen zwischen Nova und Placement</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>&amp;Abweichungen</translation>
    </message>
    <message>
        <source>Show drift of kind</source>
        <translation>Abweichungen dieser Art zeigen</translation>
    </message>
    <message>
        <source>All kinds (%1)</source>
        <translation>Alle Arten (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nova is not connected: give a compute endpoint (compute_endpoint_override, --os-compute-endpoint-override) or use a cloud whose catalog lists Nova.</source>
        <translation>Nova ist nicht verbunden: Geben Sie einen Compute-Endpunkt an (compute_endpoint_override, --os-compute-endpoint-override) oder nutzen Sie eine Cloud, deren Katalog Nova enthält.</translation>
    </message>
    <message>
        <source>Reading Nova&apos;s host aggregates…</source>
        <translation>Novas Host-Aggregate werden gelesen …</translation>
    </message>
    <message>
        <source>Nova could not be read: %1</source>
        <translation>Nova konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nova and Placement agree on every host aggregate.</source>
        <translation>Nova und Placement stimmen bei allen Host-Aggregaten überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n Placement-only aggregate(s).</source>
        <translation>
            <numerusform>%n Aggregat nur in Placement.</numerusform>
            <numerusform>%n Aggregate nur in Placement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between Nova and Placement.</source>
        <translation>
            <numerusform>%n Abweichung zwischen Nova und Placement.</numerusform>
            <numerusform>%n Abweichungen zwischen Nova und Placement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drift summary</source>
        <translation>Zusammenfassung der Abweichungen</translation>
    </message>
    <message>
        <source>Drift columns</source>
        <translation>Spalten der Abweichungen</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Horizontale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Vertikale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Make &amp;Placement Match Nova…</source>
        <translation>&amp;Placement an Nova angleichen…</translation>
    </message>
    <message>
        <source>Make &amp;Nova Match Placement…</source>
        <translation>&amp;Nova an Placement angleichen…</translation>
    </message>
    <message>
        <source>Preview pending edits that put Placement&apos;s memberships where Nova&apos;s host aggregates say (the selected rows, or all).</source>
        <translation>Vorschau ausstehender Änderungen, die Placements Mitgliedschaften an Novas Host-Aggregate angleichen (die ausgewählten Zeilen oder alle).</translation>
    </message>
    <message>
        <source>Preview add_host/remove_host calls that make Nova&apos;s host aggregates follow Placement (the selected rows, or all).</source>
        <translation>Vorschau der add_host-/remove_host-Aufrufe, die Novas Host-Aggregate an Placement angleichen (die ausgewählten Zeilen oder alle).</translation>
    </message>
    <message>
        <source>Make Placement match Nova</source>
        <translation>Placement an Nova angleichen</translation>
    </message>
    <message>
        <source>Make Nova match Placement</source>
        <translation>Nova an Placement angleichen</translation>
    </message>
</context>
<context>
    <name>DriftModel</name>
    <message>
        <source>Drift</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Aggregat</translation>
    </message>
    <message>
        <source>Nova host</source>
        <translation>Nova-Host</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was abweicht</translation>
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message>
        <source>provider &quot;%1&quot;, compute node &quot;%2&quot;</source>
        <translation>Anbieter „%1“, Compute-Knoten „%2“</translation>
    </message>
    <message>
        <source>In Nova&apos;s aggregate, not in Placement&apos;s</source>
        <translation>In Novas Aggregat, nicht in dem von Placement</translation>
    </message>
    <message>
        <source>In Placement&apos;s aggregate, not in Nova&apos;s</source>
        <translation>Im Aggregat von Placement, nicht in Novas</translation>
    </message>
    <message>
        <source>Placement only (no Nova aggregate)</source>
        <translation>Nur Placement (kein Nova-Aggregat)</translation>
    </message>
    <message>
        <source>Host only partly a member</source>
        <translation>Host nur teilweise Mitglied</translation>
    </message>
    <message>
        <source>Compute node without provider</source>
        <translation>Compute-Knoten ohne Anbieter</translation>
    </message>
    <message>
        <source>Provider named unlike its compute node</source>
        <translation>Anbieter anders benannt als sein Compute-Knoten</translation>
    </message>
    <message>
        <source>Host %1 is in Nova aggregate %2, but its provider %3 is not in the Placement aggregate.</source>
        <translation>Host %1 ist im Nova-Aggregat %2, sein Anbieter %3 aber nicht im Placement-Aggregat.</translation>
    </message>
    <message>
        <source>Provider %1 is in Placement aggregate %2, but its host %3 is not in that Nova aggregate.</source>
        <translation>Anbieter %1 ist im Placement-Aggregat %2, sein Host %3 aber nicht in diesem Nova-Aggregat.</translation>
    </message>
    <message>
        <source>Placement aggregate %1 has no Nova aggregate; it may group sharing providers or network segments.</source>
        <translation>Das Placement-Aggregat %1 hat kein Nova-Aggregat; es kann geteilte Anbieter oder Netzsegmente gruppieren.</translation>
    </message>
    <message>
        <source>Host %1 is in Nova aggregate %2, but its node %3 is not in the Placement aggregate (Nova mirrors only a host&apos;s first node).</source>
        <translation>Host %1 ist im Nova-Aggregat %2, sein Knoten %3 aber nicht im Placement-Aggregat (Nova spiegelt nur den ersten Knoten eines Hosts).</translation>
    </message>
    <message>
        <source>Compute node %1 of host %2 has no resource provider in Placement.</source>
        <translation>Der Compute-Knoten %1 von Host %2 hat keinen Ressourcenanbieter in Placement.</translation>
    </message>
    <message>
        <source>Host %1: %2. Nova finds providers by name, so its aggregate changes miss this one.</source>
        <translation>Host %1: %2. Nova findet Anbieter über den Namen, daher verfehlen seine Aggregatänderungen diesen.</translation>
    </message>
    <message>
        <source>Member lacks the required trait</source>
        <translation>Mitglied ohne geforderte Eigenschaft</translation>
    </message>
    <message>
        <source>Provider %1 is in %2, whose Nova metadata requires trait %3, but lacks that trait: with isolated aggregates only instances requiring %3 may land there, and Placement offers them only providers that have it, so this one takes none.</source>
        <translation>Anbieter %1 ist in %2, dessen Nova-Metadaten die Eigenschaft (Trait) %3 verlangen, hat sie aber nicht: bei isolierten Aggregaten dürfen nur Instanzen dorthin, die %3 verlangen, und Placement bietet ihnen nur Anbieter mit dieser Eigenschaft an – dieser bekommt also keine.</translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message>
        <source>Could not remove the edit journal %1.</source>
        <translation>Das Änderungsjournal %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the edit journal.</source>
        <translation>Der Ordner %1 für das Änderungsjournal konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write the edit journal %1: %2</source>
        <translation>Das Änderungsjournal %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read the edit journal %1: %2</source>
        <translation>Das Änderungsjournal %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>an entry is incomplete</source>
        <translation>ein Eintrag ist unvollständig</translation>
    </message>
    <message>
        <source>The saved pending edits could not be read (%1). The file was kept as %2.</source>
        <translation>Die gespeicherten ausstehenden Änderungen konnten nicht gelesen werden (%1). Die Datei wurde als %2 aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n other Placement Desk window(s) are editing this endpoint, so edits made here are not saved to disk until one of them closes.</source>
        <translation>
            <numerusform>%n anderes Placement-Desk-Fenster bearbeitet diesen Endpunkt, daher werden Änderungen hier nicht auf der Festplatte gespeichert, bis es geschlossen wird.</numerusform>
            <numerusform>%n andere Placement-Desk-Fenster bearbeiten diesen Endpunkt, daher werden Änderungen hier nicht auf der Festplatte gespeichert, bis eines davon geschlossen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved pending edits in %1 were written by a newer version of Placement Desk. The file is left as it is, and edits made here are not saved to disk.</source>
        <translation>Die gespeicherten ausstehenden Änderungen in %1 stammen von einer neueren Version von Placement Desk. Die Datei bleibt unverändert, und Änderungen hier werden nicht auf der Festplatte gespeichert.</translation>
    </message>
    <message>
        <source>The saved pending edits in %1 could not be read (%2), and the file could not be moved aside. It is left as it is, and edits made here are not saved to disk.</source>
        <translation>Die gespeicherten ausstehenden Änderungen in %1 konnten nicht gelesen werden (%2), und die Datei konnte nicht beiseitegelegt werden. Sie bleibt unverändert, und Änderungen hier werden nicht auf der Festplatte gespeichert.</translation>
    </message>
</context>
<context>
    <name>EndpointUrl</name>
    <message>
        <source>Enter the Placement endpoint URL, for example http://controller:8778.</source>
        <translation>Geben Sie die URL des Placement-Endpunkts ein, zum Beispiel http://controller:8778.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL; check it for spaces and other invalid characters.</source>
        <translation>„%1“ ist keine gültige URL; prüfen Sie sie auf Leerzeichen und andere ungültige Zeichen.</translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; Placement is reached over http:// or https://.</source>
        <translation>„%1“ verwendet das Schema „%2“; Placement wird über http:// oder https:// erreicht.</translation>
    </message>
    <message>
        <source>“%1” has no host name.</source>
        <translation>„%1“ enthält keinen Hostnamen.</translation>
    </message>
</context>
<context>
    <name>ErrorDetailsDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>&amp;Alles kopieren</translation>
    </message>
    <message>
        <source>Error Details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error summary</source>
        <translation>Fehlerzusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Full message:</source>
        <translation>&amp;Vollständige Meldung:</translation>
    </message>
    <message>
        <source>Full message</source>
        <translation>Vollständige Meldung</translation>
    </message>
    <message>
        <source>Full error message</source>
        <translation>Vollständige Fehlermeldung</translation>
    </message>
    <message>
        <source>&amp;Request ID:</source>
        <translation>Anfrage-&amp;ID:</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Placement&apos;s request ID, to find this request in the service log</source>
        <translation>Die Anfrage-ID von Placement, um diese Anfrage im Dienstprotokoll zu finden</translation>
    </message>
    <message>
        <source>none (the request did not reach Placement)</source>
        <translation>keine (die Anfrage hat Placement nicht erreicht)</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Copy all details</source>
        <translation>Alle Details kopieren</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Complete server message:</source>
        <translation>Vollständige Meldung des Servers:</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>&amp;Aggregate:</source>
        <translation>Aggre&amp;gat:</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter by name or UUID</source>
        <translation>Nach Name oder UUID filtern</translation>
    </message>
    <message>
        <source>Shows only providers whose name or UUID contains this text</source>
        <translation>Zeigt nur Anbieter, deren Name oder UUID diesen Text enthält</translation>
    </message>
    <message>
        <source>Clear filter text</source>
        <translation>Filtertext löschen</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Aggregat</translation>
    </message>
    <message>
        <source>Aggregate filter</source>
        <translation>Aggregatfilter</translation>
    </message>
    <message>
        <source>Shows all providers, or only the members or non-members of one aggregate</source>
        <translation>Zeigt alle Anbieter oder nur die Mitglieder bzw. Nichtmitglieder eines Aggregats</translation>
    </message>
    <message>
        <source>Member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message>
        <source>Providers in aggregate %1</source>
        <translation>Anbieter im Aggregat %1</translation>
    </message>
    <message>
        <source>Not member of %1</source>
        <translation>Kein Mitglied von %1</translation>
    </message>
    <message>
        <source>Providers not in aggregate %1</source>
        <translation>Anbieter, die nicht im Aggregat %1 sind</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Do not filter by aggregate</source>
        <translation>Nicht nach Aggregat filtern</translation>
    </message>
    <message>
        <source>Only c&amp;hanged rows</source>
        <translation>Nur g&amp;eänderte Zeilen</translation>
    </message>
    <message>
        <source>Only changed rows</source>
        <translation>Nur geänderte Zeilen</translation>
    </message>
    <message>
        <source>Show only providers with pending edits</source>
        <translation>Nur Anbieter mit ausstehenden Änderungen anzeigen</translation>
    </message>
    <message>
        <source>%1 (stored as %2)</source>
        <translation>%1 (gespeichert als %2)</translation>
    </message>
    <message>
        <source>Only drif&amp;ting rows</source>
        <translation>Nur abwei&amp;chende Zeilen</translation>
    </message>
    <message>
        <source>Only drifting rows</source>
        <translation>Nur abweichende Zeilen</translation>
    </message>
    <message>
        <source>Show only providers whose memberships differ from Nova&apos;s host aggregates (cells marked ≠)</source>
        <translation>Nur Provider zeigen, deren Mitgliedschaften von Novas Host-Aggregaten abweichen (Zellen mit ≠ markiert)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>GetAggregatesJob</name>
    <message>
        <source>The aggregate list from the server does not have the shape Placement sends.</source>
        <translation>Die Aggregatliste des Servers hat nicht die Form, die Placement sendet.</translation>
    </message>
</context>
<context>
    <name>GetInventoriesJob</name>
    <message>
        <source>one provider&apos;s inventories</source>
        <translation>die Bestände eines Anbieters</translation>
    </message>
    <message>
        <source>the provider&apos;s inventories</source>
        <translation>die Bestände des Anbieters</translation>
    </message>
</context>
<context>
    <name>GetTraitsJob</name>
    <message>
        <source>one provider&apos;s traits</source>
        <translation>die Traits eines Anbieters</translation>
    </message>
    <message>
        <source>the provider&apos;s traits</source>
        <translation>die Traits des Anbieters</translation>
    </message>
</context>
<context>
    <name>GetUsagesJob</name>
    <message>
        <source>one provider&apos;s usages</source>
        <translation>die Auslastung eines Anbieters</translation>
    </message>
    <message>
        <source>the provider&apos;s usages</source>
        <translation>die Auslastung des Anbieters</translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message numerus="yes">
        <source>Exported %n provider(s) to %1.</source>
        <translation>
            <numerusform>%n Anbieter nach %1 exportiert.</numerusform>
            <numerusform>%n Anbieter nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could not be read; their state column says why.</source>
        <translation>
            <numerusform>%n Anbieter konnte nicht gelesen werden; die Zustandsspalte sagt, warum.</numerusform>
            <numerusform>%n Anbieter konnten nicht gelesen werden; die Zustandsspalte sagt, warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The load was canceled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nova could not be read (%1); aggregates are written without Nova&apos;s names.</source>
        <translation>Nova konnte nicht gelesen werden (%1); Aggregate werden ohne Novas Namen geschrieben.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already so</source>
        <translation>
            <numerusform>%n Zeile schon erfüllt</numerusform>
            <numerusform>%n Zeilen schon erfüllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n Problem.</numerusform>
            <numerusform>%n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>--export and --plan need a server: --endpoint with --token, or a cloud (--os-cloud).</source>
        <translation>--export und --plan brauchen einen Server: --endpoint mit --token oder eine Cloud (--os-cloud).</translation>
    </message>
    <message>
        <source>The plan has problems; nothing was applied. Fix them, or import it in the window to apply its valid part.</source>
        <translation>Der Plan hat Probleme; nichts wurde angewendet. Beheben Sie sie, oder importieren Sie ihn im Fenster, um seinen gültigen Teil anzuwenden.</translation>
    </message>
    <message>
        <source>Saved edits of an earlier session wait for this endpoint; open the window to restore or discard them, then apply the plan.</source>
        <translation>Gespeicherte Änderungen einer früheren Sitzung warten für diesen Endpunkt; öffnen Sie das Fenster, um sie wiederherzustellen oder zu verwerfen, und wenden Sie dann den Plan an.</translation>
    </message>
    <message>
        <source>The edit journal is not recording; nothing was applied.</source>
        <translation>Das Änderungsjournal zeichnet nicht auf; nichts wurde angewendet.</translation>
    </message>
    <message>
        <source>This server is below microversion 1.19 and cannot detect concurrent changes; apply the plan from the window, which asks first.</source>
        <translation>Dieser Server liegt unter Microversion 1.19 und erkennt gleichzeitige Änderungen nicht; wenden Sie den Plan im Fenster an, das vorher fragt.</translation>
    </message>
    <message>
        <source>None of the plan&apos;s edits changes the table any more.</source>
        <translation>Keine Änderung des Plans ändert die Tabelle noch.</translation>
    </message>
    <message>
        <source>The edits could not be submitted.</source>
        <translation>Die Änderungen konnten nicht übermittelt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) left pending in the journal; open the window to see why and submit them.</source>
        <translation>
            <numerusform>%n Änderung bleibt im Journal ausstehend; öffnen Sie das Fenster, um den Grund zu sehen und sie zu übermitteln.</numerusform>
            <numerusform>%n Änderungen bleiben im Journal ausstehend; öffnen Sie das Fenster, um den Grund zu sehen und sie zu übermitteln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Undo as Pending Edits</source>
        <translation>Als ausstehende Änderungen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>History of confirmed changes</source>
        <translation>Verlauf bestätigter Änderungen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Search provider, aggregate, user, request ID…</source>
        <translation>Anbieter, Aggregat, Benutzer, Anfrage-ID suchen…</translation>
    </message>
    <message>
        <source>History summary</source>
        <translation>Verlaufsübersicht</translation>
    </message>
    <message>
        <source>Confirmed changes</source>
        <translation>Bestätigte Änderungen</translation>
    </message>
    <message>
        <source>History columns</source>
        <translation>Verlaufsspalten</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Horizontale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Vertikale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Undo the selected changes as pending edits</source>
        <translation>Ausgewählte Änderungen als ausstehende Änderungen rückgängig machen</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Turn the selected changes back into pending edits against what the table shows now; review them, then Submit. Nothing is sent yet.</source>
        <translation>Macht die ausgewählten Änderungen als ausstehende Änderungen gegenüber dem aktuellen Tabelleninhalt rückgängig; prüfen Sie sie und klicken Sie dann auf „Übermitteln“. Noch wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Write the changes the search shows as CSV.</source>
        <translation>Die in der Suche angezeigten Änderungen als CSV schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending edit(s) undo the selected change(s); review them and Submit.</source>
        <translation>
            <numerusform>%n ausstehende Änderung macht die ausgewählte Änderung rückgängig; prüfen Sie sie und übermitteln Sie sie.</numerusform>
            <numerusform>%n ausstehende Änderungen machen die ausgewählten Änderungen rückgängig; prüfen Sie sie und übermitteln Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed change(s) on this cloud.</source>
        <translation>
            <numerusform>%n bestätigte Änderung in dieser Cloud.</numerusform>
            <numerusform>%n bestätigte Änderungen in dieser Cloud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n confirmed change(s) match.</source>
        <translation>
            <numerusform>%1 von %n bestätigten Änderung passt.</numerusform>
            <numerusform>%1 von %n bestätigten Änderungen passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the changes to undo first.</source>
        <translation>Wählen Sie zuerst die rückgängig zu machenden Änderungen aus.</translation>
    </message>
    <message>
        <source>A submit is running; undo from the history after it.</source>
        <translation>Eine Übermittlung läuft gerade; machen Sie Änderungen aus dem Verlauf erst danach rückgängig.</translation>
    </message>
    <message>
        <source>Not in the table or not editable now: %1.</source>
        <translation>Nicht in der Tabelle oder derzeit nicht bearbeitbar: %1.</translation>
    </message>
    <message>
        <source>The table already shows the state before the selected change(s); nothing to undo.</source>
        <translation>Die Tabelle zeigt bereits den Stand vor den ausgewählten Änderungen; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message numerus="yes">
        <source>Undo %n change(s) from the history</source>
        <translation>
            <numerusform>%n Änderung aus dem Verlauf rückgängig machen</numerusform>
            <numerusform>%n Änderungen aus dem Verlauf rückgängig machen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the history to %1.</source>
        <translation>Verlauf nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>(no change in membership)</source>
        <translation>(keine Änderung der Mitgliedschaft)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Resent</source>
        <translation>Erneut gesendet</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>Überschrieben</translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation>Bereits auf dem Server</translation>
    </message>
    <message>
        <source>The server accepted the change as sent.</source>
        <translation>Der Server hat die Änderung wie gesendet angenommen.</translation>
    </message>
    <message>
        <source>Resent after the provider&apos;s generation moved without membership changes.</source>
        <translation>Erneut gesendet, nachdem sich die Generation des Anbieters ohne Änderung der Mitgliedschaft geändert hatte.</translation>
    </message>
    <message>
        <source>Someone else had changed the provider too; both changes were merged.</source>
        <translation>Jemand anderes hatte den Anbieter ebenfalls geändert; beide Änderungen wurden zusammengeführt.</translation>
    </message>
    <message>
        <source>Someone else had changed the provider too; their set was replaced.</source>
        <translation>Jemand anderes hatte den Anbieter ebenfalls geändert; dessen Aggregatmenge wurde ersetzt.</translation>
    </message>
    <message>
        <source>A re-read found the server already holding the change (an answer was lost).</source>
        <translation>Beim erneuten Lesen zeigte sich, dass der Server die Änderung bereits enthielt (eine Antwort ging verloren).</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Microversion</source>
        <translation>Microversion</translation>
    </message>
</context>
<context>
    <name>HttpJob</name>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>Keine vollständige Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine vollständige Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirected the request to %2 (HTTP %3). Redirects are not followed, so the token stays with the host it was meant for; use that URL as the endpoint if you trust it.</source>
        <translation>%1 hat die Anfrage nach %2 umgeleitet (HTTP %3). Umleitungen werden nicht verfolgt, damit das Token bei dem Host bleibt, für den es bestimmt ist; verwenden Sie diese URL als Endpunkt, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeded %1 and was refused.</source>
        <translation>Die Antwort des Servers überschritt %1 und wurde abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent no complete answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat innerhalb von %n Sekunde keine vollständige Antwort gesendet.</numerusform>
            <numerusform>%1 hat innerhalb von %n Sekunden keine vollständige Antwort gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeded %1, the limit for %2, and was refused.</source>
        <translation>Die Antwort des Servers überschritt %1, die Grenze für %2, und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>no answer; taken back to be sent again</source>
        <translation>keine Antwort; zurückgenommen und neu gesendet</translation>
    </message>
    <message>
        <source>answer too large; refused</source>
        <translation>Antwort zu groß; abgelehnt</translation>
    </message>
    <message>
        <source>no complete answer before the deadline</source>
        <translation>keine vollständige Antwort vor Fristende</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>KeystoneSession</name>
    <message>
        <source>Not logged in to Keystone.</source>
        <translation>Nicht bei Keystone angemeldet.</translation>
    </message>
    <message>
        <source>The token was rejected and this login (%1) cannot renew it. Connect again.</source>
        <translation>Das Token wurde abgelehnt und diese Anmeldung (%1) kann es nicht erneuern. Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Keystone rejected application credential &quot;%1&quot; (HTTP 401): the secret is wrong, or the credential was deleted or has expired.</source>
        <translation>Keystone hat die Application Credential &quot;%1&quot; abgelehnt (HTTP 401): Das Geheimnis ist falsch, oder die Credential wurde gelöscht oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>Keystone rejected the token (HTTP 401): it has expired or was revoked, or it may not be used for this project. Log in again.</source>
        <translation>Keystone hat das Token abgelehnt (HTTP 401): Es ist abgelaufen oder wurde widerrufen, oder es darf für dieses Projekt nicht verwendet werden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Keystone rejected the login of user &quot;%1&quot; (domain &quot;%2&quot;) with HTTP 401: the password is wrong, the user or its domain does not exist, or the account is disabled or locked.</source>
        <translation>Keystone hat die Anmeldung von Benutzer &quot;%1&quot; (Domäne &quot;%2&quot;) mit HTTP 401 abgelehnt: Das Passwort ist falsch, der Benutzer oder seine Domäne existiert nicht, oder das Konto ist deaktiviert oder gesperrt.</translation>
    </message>
    <message>
        <source>%1 (domain %2)</source>
        <comment>project (domain id)</comment>
        <translation>%1 (Domäne %2)</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>project &quot;%1&quot; in domain &quot;%2&quot;</source>
        <translation>Projekt &quot;%1&quot; in Domäne &quot;%2&quot;</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot;</source>
        <translation>Domäne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the system scope</source>
        <translation>den System-Geltungsbereich</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; logged in, but may not use %2: it does not exist, or the user has no role on it (HTTP 401).</source>
        <translation>Benutzer &quot;%1&quot; hat sich angemeldet, darf %2 aber nicht verwenden: Es existiert nicht, oder der Benutzer hat dort keine Rolle (HTTP 401).</translation>
    </message>
    <message>
        <source>The user has no role on any project.</source>
        <translation>Der Benutzer hat in keinem Projekt eine Rolle.</translation>
    </message>
    <message>
        <source>Projects this user has a role on: %1.</source>
        <translation>Projekte, in denen dieser Benutzer eine Rolle hat: %1.</translation>
    </message>
    <message>
        <source>This connection has no service catalog; set compute_endpoint_override to use Nova.</source>
        <translation>Diese Verbindung hat keinen Dienstkatalog; setzen Sie compute_endpoint_override, um Nova zu nutzen.</translation>
    </message>
</context>
<context>
    <name>KeystoneStatus</name>
    <message>
        <source>Keystone wants a second factor for this user (multi-factor authentication), which Placement Desk does not support. Use an application credential instead.</source>
        <translation>Keystone verlangt für diesen Benutzer einen zweiten Faktor (Mehr-Faktor-Authentifizierung), den Placement Desk nicht unterstützt. Verwenden Sie stattdessen eine Application Credential.</translation>
    </message>
    <message>
        <source>Keystone at %1 rejected the login request as invalid (HTTP 400). Check the user, project and domain settings.</source>
        <translation>Keystone unter %1 hat die Anmeldeanfrage als ungültig abgelehnt (HTTP 400). Prüfen Sie die Einstellungen für Benutzer, Projekt und Domäne.</translation>
    </message>
    <message>
        <source>Keystone at %1 refused this login (HTTP 403): the user or application credential may not get a token for this scope.</source>
        <translation>Keystone unter %1 hat diese Anmeldung verweigert (HTTP 403): Der Benutzer oder die Application Credential darf für diesen Geltungsbereich kein Token erhalten.</translation>
    </message>
    <message>
        <source>There is no Keystone v3 API at %1 (HTTP %2). Check auth_url, for example https://keystone.example.com:5000/v3.</source>
        <translation>Unter %1 gibt es keine Keystone-v3-API (HTTP %2). Prüfen Sie auth_url, zum Beispiel https://keystone.example.com:5000/v3.</translation>
    </message>
    <message>
        <source>Keystone at %1 redirected the login (HTTP %2); logins are not followed to another address. Use the final URL as auth_url.</source>
        <translation>Keystone unter %1 hat die Anmeldung umgeleitet (HTTP %2); Anmeldungen werden nicht an eine andere Adresse weitergeleitet. Verwenden Sie die endgültige URL als auth_url.</translation>
    </message>
    <message>
        <source>Keystone at %1 failed to handle the login (HTTP %2). Try again later, or check Keystone&apos;s log.</source>
        <translation>Keystone unter %1 konnte die Anmeldung nicht bearbeiten (HTTP %2). Versuchen Sie es später erneut oder prüfen Sie das Protokoll von Keystone.</translation>
    </message>
    <message>
        <source>Keystone at %1 answered the login with HTTP %2.</source>
        <translation>Keystone unter %1 hat die Anmeldung mit HTTP %2 beantwortet.</translation>
    </message>
    <message>
        <source>Keystone: %1</source>
        <translation>Keystone: %1</translation>
    </message>
    <message>
        <source>The secure connection to Keystone at %1 failed: %2</source>
        <translation>Die sichere Verbindung zu Keystone unter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot reach Keystone at %1: %2. Check auth_url and that Keystone is running.</source>
        <translation>Keystone unter %1 ist nicht erreichbar: %2. Prüfen Sie auth_url und ob Keystone läuft.</translation>
    </message>
    <message>
        <source>Keystone at %1 answered HTTP %2.</source>
        <translation>Keystone unter %1 antwortete mit HTTP %2.</translation>
    </message>
</context>
<context>
    <name>KeystoneToken</name>
    <message>
        <source>Keystone issued a token that expires before it was issued (issued at %1, expires at %2), so it cannot be used. Keystone&apos;s clock or its token expiration setting is wrong.</source>
        <translation>Keystone hat ein Token ausgestellt, das abläuft, bevor es ausgestellt wurde (ausgestellt %1, läuft ab %2); es kann nicht verwendet werden. Die Uhr von Keystone oder seine Einstellung für die Token-Gültigkeit ist falsch.</translation>
    </message>
</context>
<context>
    <name>KeystoneTokenJob</name>
    <message>
        <source>%1 answered the login, but not like Keystone v3 (no X-Subject-Token header or no token in the body). Check auth_url.</source>
        <translation>%1 hat die Anmeldung beantwortet, aber nicht wie Keystone v3 (kein X-Subject-Token-Header oder kein Token im Inhalt). Prüfen Sie auth_url.</translation>
    </message>
</context>
<context>
    <name>ListHypervisorsJob</name>
    <message>
        <source>a page of Nova&apos;s hypervisor list</source>
        <translation>eine Seite von Novas Hypervisor-Liste</translation>
    </message>
    <message>
        <source>Nova&apos;s hypervisor list does not have the shape Nova sends (2.53 or later).</source>
        <translation>Novas Hypervisor-Liste hat nicht die Form, die Nova sendet (2.53 oder neuer).</translation>
    </message>
</context>
<context>
    <name>ListNovaAggregatesJob</name>
    <message>
        <source>Nova&apos;s aggregate list</source>
        <translation>Novas Aggregatliste</translation>
    </message>
    <message>
        <source>Nova&apos;s aggregate list does not have the shape Nova sends.</source>
        <translation>Novas Aggregatliste hat nicht die Form, die Nova sendet.</translation>
    </message>
</context>
<context>
    <name>ListProvidersJob</name>
    <message>
        <source>The provider list from the server does not have the shape Placement sends.</source>
        <translation>Die Anbieterliste des Servers hat nicht die Form, die Placement sendet.</translation>
    </message>
    <message>
        <source>the provider list</source>
        <translation>die Anbieterliste</translation>
    </message>
</context>
<context>
    <name>LiveRefresher</name>
    <message>
        <source>The live view needs microversion 1.19 (generations on aggregates); this server offers %1.</source>
        <translation>Die Live-Ansicht braucht Microversion 1.19 (Generationen bei Aggregaten); dieser Server bietet %1.</translation>
    </message>
</context>
<context>
    <name>LoadFilterDialog</name>
    <message>
        <source>Load Only</source>
        <translation>Nur laden</translation>
    </message>
    <message>
        <source>Load only</source>
        <translation>Nur laden</translation>
    </message>
    <message>
        <source>Ask the server for the matching providers only: a filtered load of a large cloud is quick. Fields left empty do not filter.</source>
        <translation>Den Server nur nach den passenden Anbietern fragen: ein gefiltertes Laden einer großen Cloud geht schnell. Leere Felder filtern nicht.</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Name des Anbieters</translation>
    </message>
    <message>
        <source>exact name, e.g. compute-17</source>
        <translation>genauer Name, z. B. compute-17</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>UUIDs or names, separated by commas</source>
        <translation>UUIDs oder Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>In the tree of</source>
        <translation>Im Baum von</translation>
    </message>
    <message>
        <source>a provider&apos;s name or UUID</source>
        <translation>Name oder UUID eines Anbieters</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <source>e.g. HW_CPU_X86_AVX2, !CUSTOM_MAINTENANCE</source>
        <translation>z. B. HW_CPU_X86_AVX2, !CUSTOM_MAINTENANCE</translation>
    </message>
    <message>
        <source>Free resources</source>
        <translation>Freie Ressourcen</translation>
    </message>
    <message>
        <source>e.g. VCPU:4, MEMORY_MB:8192</source>
        <translation>z. B. VCPU:4, MEMORY_MB:8192</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Member of any of</source>
        <translation>Mitglied in einem von</translation>
    </message>
    <message>
        <source>Member of all of</source>
        <translation>Mitglied in allen von</translation>
    </message>
    <message>
        <source>Member of none of</source>
        <translation>Mitglied in keinem von</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Aggregates:</source>
        <translation>&amp;Aggregate:</translation>
    </message>
    <message>
        <source>In &amp;tree of:</source>
        <translation>Im &amp;Baum von:</translation>
    </message>
    <message>
        <source>T&amp;raits:</source>
        <translation>&amp;Traits:</translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation>&amp;Ressourcen:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Load &amp;Everything</source>
        <translation>&amp;Alles laden</translation>
    </message>
    <message>
        <source>Clear every filter and load all providers</source>
        <translation>Alle Filter entfernen und alle Anbieter laden</translation>
    </message>
    <message>
        <source>No aggregate is called “%1”; give its UUID.</source>
        <translation>Kein Aggregat heißt „%1“; geben Sie seine UUID an.</translation>
    </message>
    <message>
        <source>No provider is called “%1”; give its UUID.</source>
        <translation>Kein Anbieter heißt „%1“; geben Sie seine UUID an.</translation>
    </message>
    <message>
        <source>“%1” is not a trait name (letters, digits and _; ! in front forbids it).</source>
        <translation>„%1“ ist kein Trait-Name (Buchstaben, Ziffern und _; ein ! davor schließt ihn aus).</translation>
    </message>
    <message>
        <source>“%1” is not CLASS:AMOUNT (e.g. VCPU:4).</source>
        <translation>„%1“ hat nicht die Form KLASSE:MENGE (z. B. VCPU:4).</translation>
    </message>
    <message>
        <source>%1 needs microversion %2; this server offers %3.</source>
        <translation>%1 braucht Microversion %2; dieser Server bietet %3.</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>braucht %1</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>&amp;Laden abbrechen</translation>
    </message>
    <message>
        <source>Stop loading; rows read so far stay (Esc)</source>
        <translation>Laden beenden; bisher gelesene Zeilen bleiben (Esc)</translation>
    </message>
    <message>
        <source>Connect to &amp;Cloud…</source>
        <translation>Mit &amp;Cloud verbinden…</translation>
    </message>
    <message>
        <source>Sign in to an OpenStack cloud from clouds.yaml or by hand, through Keystone (Ctrl+O)</source>
        <translation>Über Keystone bei einer OpenStack-Cloud aus clouds.yaml oder von Hand anmelden (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Disconnect from Cloud</source>
        <translation>Von Cloud &amp;trennen</translation>
    </message>
    <message>
        <source>End the Keystone session; the endpoint and token fields are editable again</source>
        <translation>Beendet die Keystone-Sitzung; Endpunkt- und Token-Feld sind wieder bearbeitbar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Filter Providers</source>
        <translation>Anbieter &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Add to Aggregate…</source>
        <translation>Zu &amp;Aggregat hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move from Aggregate…</source>
        <translation>Aus Aggregat &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected providers from an aggregate (Ctrl+-)</source>
        <translation>Die ausgewählten Anbieter aus einem Aggregat entfernen (Strg+-)</translation>
    </message>
    <message>
        <source>&amp;New Aggregate…</source>
        <translation>&amp;Neues Aggregat…</translation>
    </message>
    <message>
        <source>Add a column for a new aggregate UUID (Ctrl+N)</source>
        <translation>Eine Spalte für eine neue Aggregat-UUID hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Submit Changes</source>
        <translation>Änderungen &amp;übermitteln</translation>
    </message>
    <message>
        <source>Send every pending edit to Placement (Ctrl+Return)</source>
        <translation>Alle ausstehenden Änderungen an Placement senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Merge Conflicts Automatically</source>
        <translation>Konflikte automatisch &amp;zusammenführen</translation>
    </message>
    <message>
        <source>When another writer changed a provider&apos;s aggregates too, apply my edits on top without asking</source>
        <translation>Hat jemand anderes die Aggregate eines Anbieters ebenfalls geändert, meine Änderungen ohne Nachfrage darauf anwenden</translation>
    </message>
    <message>
        <source>&amp;About Placement Desk</source>
        <translation>Ü&amp;ber Placement Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Weitere Werkzeugleistenaktionen</translation>
    </message>
    <message>
        <source>&amp;Import Aggregate Labels…</source>
        <translation>Aggregat-Bezeichnungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Read local labels of aggregates from a JSON or YAML file a colleague exported</source>
        <translation>Lokale Aggregat-Bezeichnungen aus einer JSON- oder YAML-Datei lesen, die jemand exportiert hat</translation>
    </message>
    <message>
        <source>&amp;Export Aggregate Labels…</source>
        <translation>Aggregat-Bezeichnungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write this cloud&apos;s local aggregate labels to a JSON or YAML file to share them</source>
        <translation>Die lokalen Aggregat-Bezeichnungen dieser Cloud zum Weitergeben in eine JSON- oder YAML-Datei schreiben</translation>
    </message>
    <message>
        <source>Add the selected providers to an aggregate (Ctrl++ or Ctrl+=)</source>
        <translation>Die ausgewählten Anbieter zu einem Aggregat hinzufügen (Strg++ oder Strg+=)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Connect to the endpoint and load providers and aggregates; again on the same endpoint, read only what changed (F5)</source>
        <translation>Mit dem Endpunkt verbinden und Anbieter und Aggregate laden; erneut am selben Endpunkt nur lesen, was sich geändert hat (F5)</translation>
    </message>
    <message>
        <source>Reload &amp;All</source>
        <translation>&amp;Alles neu laden</translation>
    </message>
    <message>
        <source>Read every provider&apos;s aggregates again, not only what changed (Shift+F5)</source>
        <translation>Die Aggregate aller Anbieter erneut lesen, nicht nur was sich geändert hat (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Write the providers the filter shows, with their aggregates, to a CSV or JSON file</source>
        <translation>Die vom Filter gezeigten Anbieter mit ihren Aggregaten in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Export &amp;Pending Edits…</source>
        <translation>&amp;Ausstehende Änderungen exportieren…</translation>
    </message>
    <message>
        <source>Write the pending edits of the rows the filter shows to a CSV or JSON file</source>
        <translation>Die ausstehenden Änderungen der vom Filter gezeigten Zeilen in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Import P&amp;lan…</source>
        <translation>P&amp;lan importieren…</translation>
    </message>
    <message>
        <source>Read edits from a CSV or JSON plan, preview them, and make them pending edits (one undo step)</source>
        <translation>Änderungen aus einem CSV- oder JSON-Plan lesen, als Vorschau zeigen und zu ausstehenden Änderungen machen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>&amp;Go to Aggregate…</source>
        <translation>&amp;Zu Aggregat springen…</translation>
    </message>
    <message>
        <source>Find an aggregate column by name or UUID and scroll to it (Ctrl+G)</source>
        <translation>Eine Aggregatspalte nach Name oder UUID finden und dorthin blättern (Strg+G)</translation>
    </message>
    <message>
        <source>Com&amp;pact Aggregate Columns</source>
        <translation>&amp;Kompakte Aggregatspalten</translation>
    </message>
    <message>
        <source>Aggregate columns as narrow as their check boxes; names in the header tooltips</source>
        <translation>Aggregatspalten so schmal wie ihre Kontrollkästchen; Namen in den Kopfzeilen-Tooltips</translation>
    </message>
    <message>
        <source>Mark All &amp;Seen</source>
        <translation>Alle als &amp;gesehen markieren</translation>
    </message>
    <message>
        <source>Clear every &quot;changed on server&quot; mark of the live view</source>
        <translation>Jede Markierung „auf dem Server geändert“ der Live-Ansicht entfernen</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>Every &amp;30 Seconds</source>
        <translation>Alle &amp;30 Sekunden</translation>
    </message>
    <message>
        <source>Every &amp;Minute</source>
        <translation>Jede &amp;Minute</translation>
    </message>
    <message>
        <source>Every &amp;5 Minutes</source>
        <translation>Alle &amp;5 Minuten</translation>
    </message>
    <message>
        <source>&amp;Live View</source>
        <translation>&amp;Live-Ansicht</translation>
    </message>
    <message>
        <source>Refresh in the background and mark rows someone else changed; pending edits stay</source>
        <translation>Im Hintergrund aktualisieren und Zeilen markieren, die jemand anders geändert hat; ausstehende Änderungen bleiben</translation>
    </message>
    <message>
        <source>Load &amp;Only…</source>
        <translation>&amp;Nur laden…</translation>
    </message>
    <message>
        <source>Ask the server for some providers only: by name, aggregates, tree, traits or free resources (Ctrl+L)</source>
        <translation>Den Server nur nach einigen Anbietern fragen: nach Name, Aggregaten, Baum, Traits oder freien Ressourcen (Strg+L)</translation>
    </message>
    <message>
        <source>Connect to Cloud…</source>
        <comment>toolbar button</comment>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Add to Aggregate…</source>
        <comment>toolbar button</comment>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove from Aggregate…</source>
        <comment>toolbar button</comment>
        <translation>Entfernen…</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>Row problems</source>
        <translation>Zeilenprobleme</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Load progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Stops the load; the rows read so far stay (Esc)</source>
        <translation>Beendet das Laden; die bisher gelesenen Zeilen bleiben (Esc)</translation>
    </message>
    <message>
        <source>Stop loading; rows read so far stay (Esc)</source>
        <translation>Laden beenden; bisher gelesene Zeilen bleiben (Esc)</translation>
    </message>
    <message>
        <source>Rows whose aggregates could not be read; see the Status column</source>
        <translation>Zeilen, deren Aggregate nicht gelesen werden konnten; siehe Spalte „Status“</translation>
    </message>
    <message>
        <source>Placement %1 (server %2–%3)</source>
        <translation>Placement %1 (Server %2–%3)</translation>
    </message>
    <message>
        <source>Microversion in use: %1. The server offers %2 to %3.</source>
        <translation>Verwendete Mikroversion: %1. Der Server bietet %2 bis %3.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n Anbieter</numerusform>
            <numerusform>%n Anbieter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n provider(s) shown</source>
        <translation>
            <numerusform>%1 von %n Anbieter angezeigt</numerusform>
            <numerusform>%1 von %n Anbietern angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aggregate(s)</source>
        <translation>
            <numerusform>%n Aggregat</numerusform>
            <numerusform>%n Aggregate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not loaded</source>
        <translation>
            <numerusform>%n nicht geladen</numerusform>
            <numerusform>%n nicht geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between row problem counts</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n provider(s)</source>
        <translation>
            <numerusform>%1 von %n Anbieter</numerusform>
            <numerusform>%1 von %n Anbietern</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending edits</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Edits not submitted yet; see the Pending changes panel</source>
        <translation>Noch nicht übermittelte Änderungen; siehe Bereich „Ausstehende Änderungen“</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) changed</source>
        <translation>
            <numerusform>%n Anbieter geändert</numerusform>
            <numerusform>%n Anbieter geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between pending counts</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in to Keystone…</source>
        <translation>Anmeldung bei Keystone…</translation>
    </message>
    <message>
        <source>Signing in to Keystone at %1…</source>
        <translation>Anmeldung bei Keystone unter %1…</translation>
    </message>
    <message>
        <source>Sign-in canceled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Asking %1 for its API versions…</source>
        <translation>Frage %1 nach seinen API-Versionen …</translation>
    </message>
    <message>
        <source>Listing providers…</source>
        <translation>Liste Anbieter auf …</translation>
    </message>
    <message>
        <source>Listing resource providers…</source>
        <translation>Liste Ressourcenanbieter auf …</translation>
    </message>
    <message>
        <source>Reading each provider&apos;s aggregates…</source>
        <translation>Lese die Aggregate jedes Anbieters …</translation>
    </message>
    <message numerus="yes">
        <source>Load canceled: aggregates of %1 of %n provider(s) read.</source>
        <translation>
            <numerusform>Laden abgebrochen: Aggregate von %1 von %n Anbieter gelesen.</numerusform>
            <numerusform>Laden abgebrochen: Aggregate von %1 von %n Anbietern gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load failed.</source>
        <translation>Laden fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Übermittle…</translation>
    </message>
    <message>
        <source>Submitting pending edits…</source>
        <translation>Übermittle ausstehende Änderungen…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n provider(s) in %1 s with %2: %3 re-read, the rest unchanged.</source>
        <translation>
            <numerusform>%n Anbieter in %1 s mit %2 aktualisiert: %3 neu gelesen, der Rest unverändert.</numerusform>
            <numerusform>%n Anbieter in %1 s mit %2 aktualisiert: %3 neu gelesen, der Rest unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n provider(s) in %1 s with %2.</source>
        <translation>
            <numerusform>%n Anbieter in %1 s mit %2 geladen.</numerusform>
            <numerusform>%n Anbieter in %1 s mit %2 geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n provider(s) as cached on %1; verifying with the server…</source>
        <translation>
            <numerusform>%n Anbieter aus dem Cache vom %1; Prüfung beim Server läuft…</numerusform>
            <numerusform>%n Anbieter aus dem Cache vom %1; Prüfung beim Server läuft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from cache, verifying…</source>
        <translation>
            <numerusform>%n Zeile aus dem Cache, wird geprüft…</numerusform>
            <numerusform>%n Zeilen aus dem Cache, werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from cache, not verified</source>
        <translation>
            <numerusform>%n Zeile aus dem Cache, nicht geprüft</numerusform>
            <numerusform>%n Zeilen aus dem Cache, nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>These rows show what the server held when the cache was saved (%1). They cannot be edited until a refresh has checked them (F5).</source>
        <translation>Diese Zeilen zeigen, was der Server beim Speichern des Caches hatte (%1). Sie lassen sich erst bearbeiten, wenn eine Aktualisierung sie geprüft hat (F5).</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>Live-Ansicht</translation>
    </message>
    <message>
        <source>Live view: the refresh failed: %1</source>
        <translation>Live-Ansicht: die Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed in the background every %n second(s); last checked at %1 with %2. Marked rows were changed by someone else; selecting a row clears its mark.</source>
        <translation>
            <numerusform>Wird jede Sekunde im Hintergrund aktualisiert; zuletzt geprüft um %1 mit %2. Markierte Zeilen hat jemand anders geändert; eine Zeile auszuwählen entfernt ihre Markierung.</numerusform>
            <numerusform>Wird alle %n Sekunden im Hintergrund aktualisiert; zuletzt geprüft um %1 mit %2. Markierte Zeilen hat jemand anders geändert; eine Zeile auszuwählen entfernt ihre Markierung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed in the background every %n second(s); not checked yet.</source>
        <translation>
            <numerusform>Wird jede Sekunde im Hintergrund aktualisiert; noch nicht geprüft.</numerusform>
            <numerusform>Wird alle %n Sekunden im Hintergrund aktualisiert; noch nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server-side filter</source>
        <translation>Serverseitiger Filter</translation>
    </message>
    <message>
        <source>Loaded with server-side filters: %1. File &gt; Load Only… changes them; “Load Everything” there clears them.</source>
        <translation>Mit serverseitigen Filtern geladen: %1. Datei &gt; Nur laden… ändert sie; „Alles laden“ dort entfernt sie.</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n changed on server</source>
        <translation>
            <numerusform>Live: %n auf dem Server geändert</numerusform>
            <numerusform>Live: %n auf dem Server geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Live view on</source>
        <translation>Live-Ansicht an</translation>
    </message>
    <message>
        <source>Loaded only: %1</source>
        <translation>Nur geladen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Placement Desk</source>
        <translation>Placement Desk</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Hauptbereich</translation>
    </message>
    <message>
        <source>Resize window</source>
        <translation>Fenstergröße ändern</translation>
    </message>
    <message numerus="yes">
        <source>The aggregates of %n provider(s) could not be read.</source>
        <translation>
            <numerusform>Die Aggregate eines Anbieters konnten nicht gelesen werden.</numerusform>
            <numerusform>Die Aggregate von %n Anbietern konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) were deleted on the server while loading.</source>
        <translation>
            <numerusform>Ein Anbieter wurde während des Ladens auf dem Server gelöscht.</numerusform>
            <numerusform>%n Anbieter wurden während des Ladens auf dem Server gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Status column and its tooltips say why.</source>
        <translation>Die Spalte „Status“ und ihre Tooltips nennen den Grund.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade …</translation>
    </message>
    <message>
        <source>Enter the Placement endpoint and a token above, then press Connect (F5).</source>
        <translation>Geben Sie oben den Placement-Endpunkt und ein Token ein und klicken Sie dann auf „Verbinden“ (F5).</translation>
    </message>
    <message>
        <source>Nothing loaded.</source>
        <translation>Nichts geladen.</translation>
    </message>
    <message>
        <source>This Placement has no resource providers.</source>
        <translation>Dieses Placement hat keine Ressourcenanbieter.</translation>
    </message>
    <message>
        <source>No provider matches the filter.</source>
        <translation>Kein Anbieter passt zum Filter.</translation>
    </message>
    <message>
        <source>%1 — Placement Desk</source>
        <translation>%1 — Placement Desk</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <source>Aborting the requests on the wire; their rows are read again next time.</source>
        <translation>Die laufenden Anfragen werden abgebrochen; ihre Zeilen werden beim nächsten Mal neu gelesen.</translation>
    </message>
    <message>
        <source>Canceling: no new requests start; those on the wire finish (Cancel again aborts them)…</source>
        <translation>Abbrechen: Es starten keine neuen Anfragen; laufende werden beendet (erneutes Abbrechen bricht sie ab) …</translation>
    </message>
    <message>
        <source>Docked panels</source>
        <translation>Angedockte Bereiche</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>&amp;Laden abbrechen</translation>
    </message>
    <message>
        <source>Stop loading; rows read so far stay (Esc)</source>
        <translation>Laden abbrechen; bereits gelesene Zeilen bleiben (Esc)</translation>
    </message>
    <message>
        <source>Cancel &amp;Submit</source>
        <translation>Übermitteln a&amp;bbrechen</translation>
    </message>
    <message>
        <source>No new requests start; those on the wire finish, and pressing again aborts them (Esc)</source>
        <translation>Keine neuen Anfragen; laufende werden beendet, erneutes Drücken bricht sie ab (Esc)</translation>
    </message>
    <message>
        <source>&amp;Stop Nova Calls</source>
        <translation>Nova-Aufrufe a&amp;nhalten</translation>
    </message>
    <message>
        <source>No further call to Nova; the one on the wire finishes (Esc)</source>
        <translation>Kein weiterer Aufruf an Nova; der laufende wird beendet (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n Second(s)</source>
        <translation>
            <numerusform>Jede Sekunde</numerusform>
            <numerusform>Alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live view: refreshing every %n second(s) in the background.</source>
        <translation>
            <numerusform>Live-Ansicht: Aktualisierung jede Sekunde im Hintergrund.</numerusform>
            <numerusform>Live-Ansicht: Aktualisierung alle %n Sekunden im Hintergrund.</numerusform>
        </translation>
    </message>
    <message>
        <source>That provider is not in the table.</source>
        <translation>Dieser Anbieter ist nicht in der Tabelle.</translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <source>Nothing to change: the selected providers already are as asked.</source>
        <translation>Nichts zu ändern: Die ausgewählten Anbieter entsprechen bereits der Auswahl.</translation>
    </message>
    <message>
        <source>Copy UUID</source>
        <translation>UUID kopieren</translation>
    </message>
    <message>
        <source>Normalize Spelling to %1…</source>
        <translation>Schreibweise auf %1 vereinheitlichen …</translation>
    </message>
    <message>
        <source>Nothing to normalize: no loaded provider uses another spelling of this UUID.</source>
        <translation>Nichts zu vereinheitlichen: Kein geladener Anbieter verwendet eine andere Schreibweise dieser UUID.</translation>
    </message>
    <message>
        <source>Normalize Spelling</source>
        <translation>Schreibweise vereinheitlichen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n provider(s) to the spelling %1?</source>
        <translation>
            <numerusform>%n Anbieter auf die Schreibweise %1 umstellen?</numerusform>
            <numerusform>%n Anbieter auf die Schreibweise %1 umstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement keeps each spelling as its own aggregate: this removes them from %1 and adds them to %2. Nothing is sent until you submit, and Undo reverts it in one step.</source>
        <translation>Placement führt jede Schreibweise als eigenes Aggregat: Dies entfernt sie aus %1 und fügt sie zu %2 hinzu. Gesendet wird erst beim Absenden, und Rückgängig macht es in einem Schritt rückgängig.</translation>
    </message>
    <message>
        <source>Make Placement Match Nova…</source>
        <translation>Placement an Nova angleichen…</translation>
    </message>
    <message>
        <source>Make Nova Match Placement…</source>
        <translation>Nova an Placement angleichen…</translation>
    </message>
    <message>
        <source>Edit Local &amp;Label…</source>
        <translation>Lokale &amp;Bezeichnung bearbeiten…</translation>
    </message>
    <message>
        <source>Set Local &amp;Label…</source>
        <translation>Lokale &amp;Bezeichnung festlegen…</translation>
    </message>
    <message>
        <source>Remove Local Label</source>
        <translation>Lokale Bezeichnung entfernen</translation>
    </message>
    <message>
        <source>Local Label</source>
        <translation>Lokale Bezeichnung</translation>
    </message>
    <message>
        <source>Nova calls aggregate %1 &quot;%2&quot;; its name stays in the header.</source>
        <translation>Nova nennt Aggregat %1 „%2“; dieser Name bleibt in der Spaltenüberschrift.</translation>
    </message>
    <message>
        <source>A name for aggregate %1, which Nova does not know.</source>
        <translation>Ein Name für Aggregat %1, das Nova nicht kennt.</translation>
    </message>
    <message numerus="yes">
        <source>Kept on this computer for this cloud, not in Placement; an empty label removes it (at most %n character(s)).</source>
        <translation>
            <numerusform>Wird auf diesem Rechner für diese Cloud gespeichert, nicht in Placement; eine leere Bezeichnung entfernt sie (höchstens %n Zeichen).</numerusform>
            <numerusform>Wird auf diesem Rechner für diese Cloud gespeichert, nicht in Placement; eine leere Bezeichnung entfernt sie (höchstens %n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Aggregate %1 is labelled “%2” on this computer.</source>
        <translation>Aggregat %1 heißt auf diesem Rechner „%2“.</translation>
    </message>
    <message>
        <source>Label files (*.json *.yaml *.yml)</source>
        <translation>Bezeichnungsdateien (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Aggregate Labels</source>
        <translation>Aggregat-Bezeichnungen importieren</translation>
    </message>
    <message>
        <source>Export Aggregate Labels</source>
        <translation>Aggregat-Bezeichnungen exportieren</translation>
    </message>
    <message>
        <source>No labels were imported.</source>
        <translation>Es wurden keine Bezeichnungen importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n aggregate label(s) from %1.</source>
        <translation>
            <numerusform>%n Aggregat-Bezeichnung aus %1 importiert.</numerusform>
            <numerusform>%n Aggregat-Bezeichnungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing label(s) replaced.</source>
        <translation>
            <numerusform>%n vorhandene Bezeichnung ersetzt.</numerusform>
            <numerusform>%n vorhandene Bezeichnungen ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The labels were not exported.</source>
        <translation>Die Bezeichnungen wurden nicht exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n aggregate label(s) to %1.</source>
        <translation>
            <numerusform>%n Aggregat-Bezeichnung nach %1 exportiert.</numerusform>
            <numerusform>%n Aggregat-Bezeichnungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON for scripts (*.json)</source>
        <translation>JSON für Skripte (*.json)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Export Pending Edits</source>
        <translation>Ausstehende Änderungen exportieren</translation>
    </message>
    <message>
        <source>The table was not exported.</source>
        <translation>Die Tabelle wurde nicht exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n provider(s) to %1.</source>
        <translation>
            <numerusform>%n Anbieter nach %1 exportiert.</numerusform>
            <numerusform>%n Anbieter nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the rows the filter shows.</source>
        <translation>Nur die Zeilen, die der Filter zeigt.</translation>
    </message>
    <message>
        <source>The pending edits were not exported.</source>
        <translation>Die ausstehenden Änderungen wurden nicht exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pending edit(s) to %1.</source>
        <translation>
            <numerusform>%n ausstehende Änderung nach %1 exportiert.</numerusform>
            <numerusform>%n ausstehende Änderungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only those of the rows the filter shows.</source>
        <translation>Nur die der Zeilen, die der Filter zeigt.</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>Plan importieren</translation>
    </message>
    <message>
        <source>Plans (*.csv *.json)</source>
        <translation>Pläne (*.csv *.json)</translation>
    </message>
    <message>
        <source>The plan could not be read.</source>
        <translation>Der Plan konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This file is not a plan.</source>
        <translation>Diese Datei ist kein Plan.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The plan changes nothing: the table already is as it says (%n line(s)).</source>
        <translation>
            <numerusform>Der Plan ändert nichts: die Tabelle ist schon so, wie er sagt (%n Zeile).</numerusform>
            <numerusform>Der Plan ändert nichts: die Tabelle ist schon so, wie er sagt (%n Zeilen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan has no usable edit; %n line(s) have problems.</source>
        <translation>
            <numerusform>Der Plan hat keine verwendbare Änderung; %n Zeile hat Probleme.</numerusform>
            <numerusform>Der Plan hat keine verwendbare Änderung; %n Zeilen haben Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan makes %n pending edit(s):</source>
        <translation>
            <numerusform>Der Plan ergibt %n ausstehende Änderung:</numerusform>
            <numerusform>Der Plan ergibt %n ausstehende Änderungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have problems and are left out (see Details). </source>
        <translation>
            <numerusform>%n Zeile hat Probleme und bleibt außen vor (siehe Details). </numerusform>
            <numerusform>%n Zeilen haben Probleme und bleiben außen vor (siehe Details). </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is sent until you submit, and Undo takes the whole plan back.</source>
        <translation>Nichts wird gesendet, bis Sie übermitteln, und „Rückgängig“ nimmt den ganzen Plan zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pending edit(s) from %1.</source>
        <translation>
            <numerusform>%n ausstehende Änderung aus %1 importiert.</numerusform>
            <numerusform>%n ausstehende Änderungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1.</source>
        <translation>Spalte %1.</translation>
    </message>
</context>
<context>
    <name>MembershipExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MembershipPlan</name>
    <message>
        <source>The plan is larger than 32 MiB.</source>
        <translation>Der Plan ist größer als 32 MiB.</translation>
    </message>
    <message>
        <source>Not a JSON plan: %1.</source>
        <translation>Kein JSON-Plan: %1.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>Not a plan: no &quot;edits&quot; list.</source>
        <translation>Kein Plan: keine „edits“-Liste.</translation>
    </message>
    <message>
        <source>The plan has more than a million edits.</source>
        <translation>Der Plan hat mehr als eine Million Änderungen.</translation>
    </message>
    <message>
        <source>Not a plan: the first line must name the columns provider, action and aggregate.</source>
        <translation>Kein Plan: die erste Zeile muss die Spalten provider, action und aggregate nennen.</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>The action must be add or remove, not “%1”.</source>
        <translation>Die Aktion muss add oder remove sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 names %2 providers; use the UUID.</source>
        <translation>%1 bezeichnet %2 Anbieter; bitte die UUID verwenden.</translation>
    </message>
    <message>
        <source>No provider %1 in the table.</source>
        <translation>Kein Anbieter %1 in der Tabelle.</translation>
    </message>
    <message>
        <source>Provider %1 is not loaded (or is being submitted): it cannot be checked.</source>
        <translation>Anbieter %1 ist nicht geladen (oder wird gerade übermittelt): er lässt sich nicht prüfen.</translation>
    </message>
    <message>
        <source>%1 names %2 aggregates; use the UUID.</source>
        <translation>%1 bezeichnet %2 Aggregate; bitte die UUID verwenden.</translation>
    </message>
    <message>
        <source>%1 is neither an aggregate UUID nor a name the table knows.</source>
        <translation>%1 ist weder eine Aggregat-UUID noch ein Name, den die Tabelle kennt.</translation>
    </message>
    <message>
        <source>Provider %1 and aggregate %2 come twice.</source>
        <translation>Anbieter %1 und Aggregat %2 kommen doppelt vor.</translation>
    </message>
    <message>
        <source>Provider %1 is not in aggregate %2: nothing to remove.</source>
        <translation>Anbieter %1 ist nicht in Aggregat %2: nichts zu entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>Import plan (%n edit(s))</source>
        <translation>
            <numerusform>Plan importieren (%n Änderung)</numerusform>
            <numerusform>Plan importieren (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not stored in this spelling; the table has it as %2. Placement keeps each spelling as its own aggregate: a removal names the exact string.</source>
        <translation>%1 ist nicht in dieser Schreibweise gespeichert; die Tabelle hat es als %2. Placement führt jede Schreibweise als eigenes Aggregat: eine Entfernung nennt die genaue Zeichenkette.</translation>
    </message>
    <message>
        <source>%1 is stored in several spellings (%2); name the exact one.</source>
        <translation>%1 ist in mehreren Schreibweisen gespeichert (%2); nennen Sie die genaue.</translation>
    </message>
</context>
<context>
    <name>MembershipTableModel</name>
    <message>
        <source>Submitting…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Submit failed: %1</source>
        <translation>Senden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>Auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>Deleted on the server; edits kept: %1</source>
        <translation>Auf dem Server gelöscht; Änderungen behalten: %1</translation>
    </message>
    <message>
        <source>Not loaded (canceled)</source>
        <translation>Nicht geladen (abgebrochen)</translation>
    </message>
    <message>
        <source>%1
UUID: %2</source>
        <translation>%1
UUID: %2</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>Übergeordnet: %1</translation>
    </message>
    <message>
        <source>Generation: %1</source>
        <translation>Generation: %1</translation>
    </message>
    <message>
        <source>%1: membership of %2 not known</source>
        <translation>%1: Mitgliedschaft in %2 unbekannt</translation>
    </message>
    <message>
        <source>%1 will be added to %2 (pending)</source>
        <translation>%1 wird zu %2 hinzugefügt (ausstehend)</translation>
    </message>
    <message>
        <source>%1 will be removed from %2 (pending)</source>
        <translation>%1 wird aus %2 entfernt (ausstehend)</translation>
    </message>
    <message>
        <source>%1 is a member of %2</source>
        <translation>%1 ist Mitglied von %2</translation>
    </message>
    <message>
        <source>%1 is not a member of %2</source>
        <translation>%1 ist kein Mitglied von %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>Aggregate %1
%n member(s)</source>
        <translation>
            <numerusform>Aggregat %1
%n Mitglied</numerusform>
            <numerusform>Aggregat %1
%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Aggregate %1</source>
        <translation>Aggregat %1</translation>
    </message>
    <message>
        <source>+%1 −%2</source>
        <comment>pending additions and removals</comment>
        <translation>+%1 −%2</translation>
    </message>
    <message>
        <source>Unknown: re-read before the next submit</source>
        <translation>Unbekannt: wird vor dem nächsten Senden neu gelesen</translation>
    </message>
    <message>
        <source>%1‡%2</source>
        <translation>%1‡%2</translation>
    </message>
    <message>
        <source>Same UUID, stored in another spelling as: %1. Placement treats each spelling as a separate aggregate; &quot;Normalize Spelling&quot; moves the memberships to one.</source>
        <translation>Dieselbe UUID, in anderer Schreibweise gespeichert als: %1. Placement behandelt jede Schreibweise als eigenes Aggregat; „Schreibweise vereinheitlichen“ führt die Mitgliedschaften in einer zusammen.</translation>
    </message>
    <message>
        <source>Availability zone %1: Nova asks Placement for members of this aggregate when an instance requests that zone.</source>
        <translation>Verfügbarkeitszone %1: Nova fragt Placement nach Mitgliedern dieses Aggregats, wenn eine Instanz diese Zone verlangt.</translation>
    </message>
    <message>
        <source>Tenant isolation (filter_tenant_id): instances of %1 are placed on members only.</source>
        <translation>Mandantentrennung (filter_tenant_id): Instanzen von %1 kommen nur auf Mitglieder.</translation>
    </message>
    <message>
        <source>Required-trait isolation: only instances that require %1 may land on members; a member provider without the trait gets none of them.</source>
        <translation>Trennung nach Pflicht-Trait: Nur Instanzen, die %1 verlangen, dürfen auf Mitglieder; ein Mitglied ohne das Trait bekommt keine davon.</translation>
    </message>
    <message>
        <source>Nova aggregate %1</source>
        <translation>Nova-Aggregat %1</translation>
    </message>
    <message>
        <source>Nova aggregate %1 (availability zone %2)</source>
        <translation>Nova-Aggregat %1 (Verfügbarkeitszone %2)</translation>
    </message>
    <message>
        <source>Placement aggregate %1</source>
        <translation>Placement-Aggregat %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in Placement</source>
        <translation>
            <numerusform>%n Mitglied in Placement</numerusform>
            <numerusform>%n Mitglieder in Placement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) in Nova</source>
        <translation>
            <numerusform>%n Host in Nova</numerusform>
            <numerusform>%n Hosts in Nova</numerusform>
        </translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Metadaten: %1</translation>
    </message>
    <message>
        <source>Placement only: Nova has no host aggregate with this UUID (it may group sharing providers or network segments, or be a hand edit).</source>
        <translation>Nur Placement: Nova hat kein Host-Aggregat mit dieser UUID (es kann geteilte Anbieter oder Netzsegmente gruppieren oder von Hand angelegt sein).</translation>
    </message>
    <message>
        <source>Aggregate %1 (%2)</source>
        <translation>Aggregat %1 (%2)</translation>
    </message>
    <message>
        <source>%1, same UUID as %2</source>
        <translation>%1, gleiche UUID wie %2</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>%1 (local label)</source>
        <translation>%1 (lokale Bezeichnung)</translation>
    </message>
    <message>
        <source>Local label %1, kept on this computer (Nova&apos;s name is shown).</source>
        <translation>Lokale Bezeichnung %1, auf diesem Rechner gespeichert (angezeigt wird der Name aus Nova).</translation>
    </message>
    <message>
        <source>The local label is kept on this computer, not in Placement; File &gt; Export Aggregate Labels shares it.</source>
        <translation>Die lokale Bezeichnung liegt auf diesem Rechner, nicht in Placement; Datei &gt; Aggregat-Bezeichnungen exportieren gibt sie weiter.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1”‡%2</source>
        <translation>„%1“‡%2</translation>
    </message>
    <message>
        <source>Aggregate %1, local label %2</source>
        <translation>Aggregat %1, lokale Bezeichnung %2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) lack %1 and so take no instance (see the Drift panel).</source>
        <translation>
            <numerusform>%n Mitglied hat %1 nicht und bekommt daher keine Instanz (siehe Abweichungen).</numerusform>
            <numerusform>%n Mitglieder haben %1 nicht und bekommen daher keine Instanz (siehe Abweichungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cached, unverified</source>
        <translation>Cache, ungeprüft</translation>
    </message>
    <message>
        <source>Changed on server; Submit will check: %1</source>
        <translation>Auf dem Server geändert; „Übermitteln“ prüft: %1</translation>
    </message>
    <message>
        <source>Changed on server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>Changed on server; re-based: %1</source>
        <translation>Auf dem Server geändert; neu aufgesetzt: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed on the server since you last looked (live view):</source>
        <translation>Seit Ihrem letzten Blick auf dem Server geändert (Live-Ansicht):</translation>
    </message>
    <message>
        <source>added to %1</source>
        <translation>hinzugefügt zu %1</translation>
    </message>
    <message>
        <source>removed from %1</source>
        <translation>entfernt aus %1</translation>
    </message>
    <message>
        <source>Your pending edits still apply to the set you loaded: Submit finds the change and merges or asks, as for any conflict.</source>
        <translation>Ihre ausstehenden Änderungen beziehen sich noch auf die geladene Menge: „Übermitteln“ findet die Änderung und führt zusammen oder fragt, wie bei jedem Konflikt.</translation>
    </message>
    <message>
        <source>Your pending edits now apply on top of the server&apos;s set.</source>
        <translation>Ihre ausstehenden Änderungen gelten jetzt auf der Menge des Servers.</translation>
    </message>
</context>
<context>
    <name>MembershipTableView</name>
    <message>
        <source>Providers and aggregates</source>
        <translation>Anbieter und Aggregate</translation>
    </message>
    <message>
        <source>One row per resource provider, one check column per aggregate; a checked cell means the provider is a member of that aggregate.</source>
        <translation>Eine Zeile je Ressourcenanbieter, eine Ankreuzspalte je Aggregat; ein angekreuztes Feld bedeutet, dass der Anbieter Mitglied dieses Aggregats ist.</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Zeilenköpfe</translation>
    </message>
    <message>
        <source>Scroll columns</source>
        <translation>Spalten blättern</translation>
    </message>
    <message>
        <source>Scroll rows</source>
        <translation>Zeilen blättern</translation>
    </message>
    <message>
        <source>Provider names</source>
        <translation>Anbieternamen</translation>
    </message>
    <message>
        <source>The name column, kept in view while the aggregate columns scroll</source>
        <translation>Die Namensspalte, die sichtbar bleibt, während die Aggregatspalten rollen</translation>
    </message>
    <message>
        <source>Name column header</source>
        <translation>Kopf der Namensspalte</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>&amp;Details…</source>
        <translation>Detail&amp;s …</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Meldungssymbol</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Meldungstext</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Shows the full error with Placement&apos;s message and request ID</source>
        <translation>Zeigt den vollständigen Fehler mit der Meldung von Placement und der Anfrage-ID</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>message level: message text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>NewAggregateDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>New Aggregate</source>
        <translation>Neues Aggregat</translation>
    </message>
    <message>
        <source>New aggregate</source>
        <translation>Neues Aggregat</translation>
    </message>
    <message>
        <source>Paste the UUID of an aggregate, or generate a new one. Placement creates an aggregate when the first provider is added to it.</source>
        <translation>Fügen Sie die UUID eines Aggregats ein oder erzeugen Sie eine neue. Placement legt ein Aggregat an, sobald ihm der erste Anbieter hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>&amp;UUID:</source>
        <translation>&amp;UUID:</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Aggregate UUID</source>
        <translation>Aggregat-UUID</translation>
    </message>
    <message>
        <source>Generate a new UUID</source>
        <translation>Neue UUID erzeugen</translation>
    </message>
    <message>
        <source>Fill in a new random UUID</source>
        <translation>Eine neue zufällige UUID eintragen</translation>
    </message>
    <message>
        <source>Validation status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>Prüfmeldung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Add aggregate</source>
        <translation>Aggregat hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Any spelling works: upper or lower case, with or without dashes, in braces or as urn:uuid:…</source>
        <translation>Jede Schreibweise geht: groß oder klein, mit oder ohne Bindestriche, in geschweiften Klammern oder als urn:uuid:…</translation>
    </message>
    <message>
        <source>Not a valid UUID: %1</source>
        <translation>Keine gültige UUID: %1</translation>
    </message>
    <message>
        <source>Aggregate %1 is already present.</source>
        <translation>Aggregat %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Will be added as %1</source>
        <translation>Wird als %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>it contains a space; a UUID has only hexadecimal digits (0-9, a-f) and dashes.</source>
        <translation>sie enthält ein Leerzeichen; eine UUID hat nur Hexadezimalziffern (0-9, a-f) und Bindestriche.</translation>
    </message>
    <message>
        <source>“%1” is not a hexadecimal digit (0-9, a-f).</source>
        <translation>„%1“ ist keine Hexadezimalziffer (0-9, a-f).</translation>
    </message>
    <message numerus="yes">
        <source>it has %n hexadecimal digit(s); a UUID has 32.</source>
        <translation>
            <numerusform>sie hat %n Hexadezimalziffer; eine UUID hat 32.</numerusform>
            <numerusform>sie hat %n Hexadezimalziffern; eine UUID hat 32.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a UUID or press Generate</source>
        <translation>UUID einfügen oder „Erzeugen“ drücken</translation>
    </message>
</context>
<context>
    <name>NovaJob</name>
    <message>
        <source>a Nova answer</source>
        <translation>eine Antwort von Nova</translation>
    </message>
    <message>
        <source>Nova at %1 did not accept the token (HTTP 401).</source>
        <translation>Nova unter %1 hat das Token nicht angenommen (HTTP 401).</translation>
    </message>
    <message>
        <source>Nova at %1 refused this token (HTTP 403): reading host aggregates and hypervisors needs Nova&apos;s admin role.</source>
        <translation>Nova unter %1 hat dieses Token abgelehnt (HTTP 403): Host-Aggregate und Hypervisoren zu lesen braucht Novas Admin-Rolle.</translation>
    </message>
    <message>
        <source>Nova at %1 has no such resource (HTTP 404).</source>
        <translation>Nova unter %1 hat keine solche Ressource (HTTP 404).</translation>
    </message>
    <message>
        <source>Nova at %1 refused the change (HTTP 409).</source>
        <translation>Nova unter %1 hat die Änderung abgelehnt (HTTP 409).</translation>
    </message>
    <message>
        <source>Nova at %1 failed to handle the request (HTTP %2). Check nova-api&apos;s log.</source>
        <translation>Nova unter %1 konnte die Anfrage nicht bearbeiten (HTTP %2). Prüfen Sie das Protokoll von nova-api.</translation>
    </message>
    <message>
        <source>Nova at %1 answered HTTP %2.</source>
        <translation>Nova unter %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>Connection refused by %1. Is Nova&apos;s API (nova-api) running there, on this port?</source>
        <translation>Verbindung von %1 abgelehnt. Läuft Novas API (nova-api) dort, auf diesem Port?</translation>
    </message>
    <message>
        <source>Nova: %1</source>
        <translation>Nova: %1</translation>
    </message>
    <message>
        <source>The answer is not the JSON Nova sends (%1).</source>
        <translation>Die Antwort ist nicht das JSON, das Nova sendet (%1).</translation>
    </message>
</context>
<context>
    <name>NovaLoader</name>
    <message numerus="yes">
        <source>Nova&apos;s hypervisor list does not end (%n page(s) read).</source>
        <translation>
            <numerusform>Novas Hypervisor-Liste endet nicht (%n Seite gelesen).</numerusform>
            <numerusform>Novas Hypervisor-Liste endet nicht (%n Seiten gelesen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NovaVersionsJob</name>
    <message>
        <source>The compute endpoint answered, but not with Nova&apos;s version document. Check compute_endpoint_override or the catalog&apos;s compute entry (for example http://controller:8774/v2.1).</source>
        <translation>Der Compute-Endpunkt antwortete, aber nicht mit Novas Versionsdokument. Prüfen Sie compute_endpoint_override oder den Compute-Eintrag des Katalogs (zum Beispiel http://controller:8774/v2.1).</translation>
    </message>
    <message>
        <source>This Nova speaks microversions %1 to %2; Placement Desk needs %3 or later (aggregate UUIDs) to match Nova&apos;s aggregates with Placement&apos;s.</source>
        <translation>Dieses Nova spricht die Microversionen %1 bis %2; Placement Desk braucht %3 oder neuer (Aggregat-UUIDs), um Novas Aggregate denen von Placement zuzuordnen.</translation>
    </message>
</context>
<context>
    <name>OperatorPrompts</name>
    <message numerus="yes">
        <source>You have %n unsubmitted edit(s). Submit them before closing?</source>
        <translation>
            <numerusform>Sie haben %n nicht übermittelte Änderung. Vor dem Schließen übermitteln?</numerusform>
            <numerusform>Sie haben %n nicht übermittelte Änderungen. Vor dem Schließen übermitteln?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsubmitted edit(s). A refresh reloads every row. Submit them first?</source>
        <translation>
            <numerusform>Sie haben %n nicht übermittelte Änderung. Aktualisieren lädt alle Zeilen neu. Zuerst übermitteln?</numerusform>
            <numerusform>Sie haben %n nicht übermittelte Änderungen. Aktualisieren lädt alle Zeilen neu. Zuerst übermitteln?</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubmitted Edits</source>
        <translation>Nicht übermittelte Änderungen</translation>
    </message>
    <message>
        <source>Apply submits them, Discard drops them, Cancel keeps everything.</source>
        <translation>„Anwenden“ übermittelt sie, „Verwerfen“ verwirft sie, „Abbrechen“ behält alles.</translation>
    </message>
    <message>
        <source>Submit Without Conflict Detection</source>
        <translation>Ohne Konflikterkennung übermitteln</translation>
    </message>
    <message>
        <source>This Placement server is older than microversion 1.19 and cannot detect concurrent changes. If someone else changes the same providers&apos; aggregates meanwhile, their changes can be lost (overwritten by yours).

Submit anyway?</source>
        <translation>Dieser Placement-Server ist älter als Microversion 1.19 und kann gleichzeitige Änderungen nicht erkennen. Ändert jemand anderes währenddessen die Aggregate derselben Anbieter, können dessen Änderungen verloren gehen (von Ihren überschrieben).

Trotzdem übermitteln?</translation>
    </message>
    <message>
        <source>Submit Running</source>
        <translation>Senden läuft</translation>
    </message>
    <message>
        <source>A submit is still running. Close anyway?</source>
        <translation>Es wird noch gesendet. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>Requests on the wire are aborted. Providers whose update may have reached the server are read again before their next submit, and every edit the server has not confirmed stays saved and is offered when you start again.</source>
        <translation>Laufende Anfragen werden abgebrochen. Anbieter, deren Aktualisierung den Server erreicht haben könnte, werden vor dem nächsten Senden neu gelesen, und jede Änderung, die der Server nicht bestätigt hat, bleibt gespeichert und wird beim nächsten Start angeboten.</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n unsaved edit(s) from the last session?</source>
        <translation>
            <numerusform>%n nicht gespeicherte Änderung aus der letzten Sitzung wiederherstellen?</numerusform>
            <numerusform>%n nicht gespeicherte Änderungen aus der letzten Sitzung wiederherstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They were made on %n provider(s) and are re-applied on top of what the server holds now.</source>
        <translation>
            <numerusform>Sie betreffen %n Anbieter und werden auf den aktuellen Stand des Servers angewendet.</numerusform>
            <numerusform>Sie betreffen %n Anbieter und werden auf den aktuellen Stand des Servers angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted Providers</source>
        <translation>Gelöschte Anbieter</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) with saved edits were deleted on the server: %1.</source>
        <translation>
            <numerusform>%n Anbieter mit gespeicherten Änderungen wurde auf dem Server gelöscht: %1.</numerusform>
            <numerusform>%n Anbieter mit gespeicherten Änderungen wurden auf dem Server gelöscht: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget their saved edits? No keeps them and asks again next time.</source>
        <translation>Ihre gespeicherten Änderungen verwerfen? Nein behält sie und fragt beim nächsten Mal wieder.</translation>
    </message>
    <message>
        <source>Submit Failures</source>
        <translation>Fehler beim Übermitteln</translation>
    </message>
    <message>
        <source>These providers were not updated; their edits stay pending.</source>
        <translation>Diese Anbieter wurden nicht aktualisiert; ihre Änderungen bleiben ausstehend.</translation>
    </message>
    <message>
        <source>About Placement Desk</source>
        <translation>Über Placement Desk</translation>
    </message>
    <message>
        <source>Placement Desk %1

Shows which OpenStack resource providers belong to which aggregates, as OpenStack Placement reports them.

Built with Qt %2.</source>
        <translation>Placement Desk %1

Zeigt, welche OpenStack-Ressourcenanbieter zu welchen Aggregaten gehören, wie OpenStack Placement sie meldet.

Erstellt mit Qt %2.</translation>
    </message>
</context>
<context>
    <name>PendingChangesDock</name>
    <message>
        <source>Pending Changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Pending changes per provider</source>
        <translation>Ausstehende Änderungen je Anbieter</translation>
    </message>
    <message>
        <source>Pending changes columns</source>
        <translation>Spalten der ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Horizontale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Vertikale Bildlaufleiste</translation>
    </message>
    <message>
        <source>&amp;Discard Selected</source>
        <translation>Auswahl &amp;verwerfen</translation>
    </message>
    <message>
        <source>Discard selected</source>
        <translation>Auswahl verwerfen</translation>
    </message>
    <message>
        <source>Drop the pending edits of the selected providers</source>
        <translation>Die ausstehenden Änderungen der ausgewählten Anbieter verwerfen</translation>
    </message>
    <message>
        <source>Discard A&amp;ll</source>
        <translation>A&amp;lle verwerfen</translation>
    </message>
    <message>
        <source>Discard all</source>
        <translation>Alle verwerfen</translation>
    </message>
    <message>
        <source>Drop every pending edit</source>
        <translation>Alle ausstehenden Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Pending Changes</source>
        <translation>Ausstehende Än&amp;derungen</translation>
    </message>
    <message>
        <source>Discard All Edits</source>
        <translation>Alle Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard all %n pending edit(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n ausstehende Änderung verwerfen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle %n ausstehenden Änderungen verwerfen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingChangesModel</name>
    <message>
        <source>Deleted on the server</source>
        <translation>Auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1
UUID: %2</source>
        <translation>%1
UUID: %2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Hinzuzufügen</translation>
    </message>
    <message>
        <source>To remove</source>
        <translation>Zu entfernen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Unknown: re-read before the next submit</source>
        <translation>Unbekannt: wird vor dem nächsten Senden neu gelesen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PlacementJob</name>
    <message>
        <source>The server&apos;s answer is not the JSON Placement sends (%1).</source>
        <translation>Die Antwort des Servers ist nicht das JSON, das Placement sendet (%1).</translation>
    </message>
    <message>
        <source>Is this a Placement endpoint?</source>
        <translation>Ist das ein Placement-Endpunkt?</translation>
    </message>
    <message>
        <source>one provider&apos;s aggregates</source>
        <translation>die Aggregate eines Anbieters</translation>
    </message>
    <message>
        <source>The server&apos;s answer for %1 does not have the shape Placement sends.</source>
        <translation>Die Antwort des Servers für %1 hat nicht die Form, die Placement sendet.</translation>
    </message>
</context>
<context>
    <name>ProviderCache</name>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 belongs to another user.</source>
        <translation>%1 gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>Others can write to %1.</source>
        <translation>Andere können %1 beschreiben.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Placement Desk.</source>
        <translation>%1 wurde von einem neueren Placement Desk geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The table is larger than the cache keeps (%1 MiB); it is not cached.</source>
        <translation>Die Tabelle ist größer, als der Cache aufnimmt (%1 MiB); sie wird nicht zwischengespeichert.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a provider cache</source>
        <translation>kein Anbieter-Cache</translation>
    </message>
    <message>
        <source>no valid format version</source>
        <translation>keine gültige Formatversion</translation>
    </message>
    <message>
        <source>written by a newer version (format %1)</source>
        <translation>von einer neueren Version geschrieben (Format %1)</translation>
    </message>
    <message>
        <source>the table of another endpoint</source>
        <translation>die Tabelle eines anderen Endpunkts</translation>
    </message>
    <message>
        <source>no valid time of saving</source>
        <translation>kein gültiger Speicherzeitpunkt</translation>
    </message>
    <message>
        <source>no aggregate list</source>
        <translation>keine Aggregatliste</translation>
    </message>
    <message>
        <source>aggregate %1 is not a UUID</source>
        <translation>Aggregat %1 ist keine UUID</translation>
    </message>
    <message>
        <source>aggregate %1 is listed twice</source>
        <translation>Aggregat %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>no provider list</source>
        <translation>keine Anbieterliste</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>Anbieter %1</translation>
    </message>
    <message>
        <source>%1 is not [uuid, name, generation, parent, root, aggregates]</source>
        <translation>%1 ist nicht [uuid, name, generation, parent, root, aggregates]</translation>
    </message>
    <message>
        <source>%1 has no valid UUID</source>
        <translation>%1 hat keine gültige UUID</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 has no valid name</source>
        <translation>%1 hat keinen gültigen Namen</translation>
    </message>
    <message>
        <source>%1 has no valid generation</source>
        <translation>%1 hat keine gültige Generation</translation>
    </message>
    <message>
        <source>%1 has an invalid parent or root</source>
        <translation>%1 hat einen ungültigen Eltern- oder Wurzelanbieter</translation>
    </message>
    <message>
        <source>%1 has no aggregate list</source>
        <translation>%1 hat keine Aggregatliste</translation>
    </message>
    <message>
        <source>%1 names an aggregate that is not in the list</source>
        <translation>%1 nennt ein Aggregat, das nicht in der Liste steht</translation>
    </message>
    <message>
        <source>%1 names one aggregate twice</source>
        <translation>%1 nennt ein Aggregat doppelt</translation>
    </message>
</context>
<context>
    <name>ProviderContextDock</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <source>Inventories and usage</source>
        <translation>Bestände und Auslastung</translation>
    </message>
    <message>
        <source>Re&amp;read</source>
        <translation>&amp;Neu lesen</translation>
    </message>
    <message>
        <source>Provider context</source>
        <translation>Anbieterkontext</translation>
    </message>
    <message>
        <source>&amp;Provider Context</source>
        <translation>&amp;Anbieterkontext</translation>
    </message>
    <message>
        <source>Place in the provider tree</source>
        <translation>Position im Anbieterbaum</translation>
    </message>
    <message>
        <source>Aggregates of the provider</source>
        <translation>Aggregate des Anbieters</translation>
    </message>
    <message>
        <source>Provider details status</source>
        <translation>Status der Anbieterdetails</translation>
    </message>
    <message>
        <source>Inventory columns</source>
        <translation>Bestandsspalten</translation>
    </message>
    <message>
        <source>Read the provider&apos;s details again</source>
        <translation>Details des Anbieters erneut lesen</translation>
    </message>
    <message>
        <source>Read this provider&apos;s inventories, usages and traits from the server again.</source>
        <translation>Bestände, Auslastung und Traits dieses Anbieters erneut vom Server lesen.</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Vertikale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Horizontale Bildlaufleiste</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a provider to see its inventories, usage, traits, tree and aggregates.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Anbieter aus, um seine Bestände, Auslastung, Traits, Baum und Aggregate zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Generation %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Generation %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>Übergeordnet: %1</translation>
    </message>
    <message>
        <source>Root: %1</source>
        <translation>Wurzel: %1</translation>
    </message>
    <message>
        <source>A root provider.</source>
        <translation>Ein Wurzelanbieter.</translation>
    </message>
    <message numerus="yes">
        <source>%n child provider(s): %1</source>
        <translation>
            <numerusform>%n untergeordneter Anbieter: %1</numerusform>
            <numerusform>%n untergeordnete Anbieter: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>(zone %1)</source>
        <translation>(Zone %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;+ %1&lt;/b&gt; (pending)</source>
        <translation>&lt;b&gt;+ %1&lt;/b&gt; (ausstehend)</translation>
    </message>
    <message>
        <source>&lt;s&gt;%1&lt;/s&gt; (pending removal)</source>
        <translation>&lt;s&gt;%1&lt;/s&gt; (Entfernen ausstehend)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not read yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch nicht gelesen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;In no aggregate.&lt;/i&gt;</source>
        <translation>&lt;i&gt;In keinem Aggregat.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Reading inventories, usage and traits…</source>
        <translation>Bestände, Auslastung und Traits werden gelesen…</translation>
    </message>
    <message>
        <source>Traits (%1)</source>
        <translation>Traits (%1)</translation>
    </message>
    <message numerus="yes">
        <source>— %n missing for aggregate isolation</source>
        <translation>
            <numerusform>— %n fehlt für die Aggregatisolation</numerusform>
            <numerusform>— %n fehlen für die Aggregatisolation</numerusform>
        </translation>
    </message>
    <message>
        <source>Read at generation %1.</source>
        <translation>Bei Generation %1 gelesen.</translation>
    </message>
    <message>
        <source>Traits need microversion %1; the server speaks %2.</source>
        <translation>Traits erfordern Microversion %1; der Server unterstützt %2.</translation>
    </message>
    <message>
        <source>Could not read the provider&apos;s details: %1</source>
        <translation>Die Details des Anbieters konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ProviderInventoryModel</name>
    <message>
        <source>%1–%2, step %3</source>
        <translation>%1–%2, Schritt %3</translation>
    </message>
    <message>
        <source>%1 of %2 used; capacity = (total %3 − reserved %4) × allocation ratio %5</source>
        <translation>%1 von %2 belegt; Kapazität = (gesamt %3 − reserviert %4) × Zuteilungsverhältnis %5</translation>
    </message>
    <message>
        <source>One allocation takes between min_unit and max_unit, in multiples of step_size.</source>
        <translation>Eine Zuteilung umfasst zwischen min_unit und max_unit, in Vielfachen von step_size.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
</context>
<context>
    <name>ProviderLoader</name>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>This server speaks microversion %1 at most, too old for the filter: %2.</source>
        <translation>Dieser Server spricht höchstens Microversion %1, zu alt für den Filter: %2.</translation>
    </message>
</context>
<context>
    <name>ProviderTraitsModel</name>
    <message>
        <source>%1 — missing; required by %2</source>
        <translation>%1 — fehlt; verlangt von %2</translation>
    </message>
    <message>
        <source>%1 — required by %2</source>
        <translation>%1 — verlangt von %2</translation>
    </message>
    <message>
        <source>The aggregate&apos;s Nova metadata says trait:%1=required, so with isolated aggregates Nova places only instances that require %1 there, and Placement offers them only members that have it. This provider lacks it: it takes no instance through %2.</source>
        <translation>Die Nova-Metadaten des Aggregats enthalten trait:%1=required; bei isolierten Aggregaten platziert Nova dort daher nur Instanzen, die %1 verlangen, und Placement bietet ihnen nur Mitglieder an, die diesen Trait haben. Diesem Anbieter fehlt er: Er nimmt über %2 keine Instanz auf.</translation>
    </message>
    <message>
        <source>Required by the Nova metadata of %1 (trait:%2=required).</source>
        <translation>Von den Nova-Metadaten von %1 verlangt (trait:%2=required).</translation>
    </message>
    <message>
        <source>A custom trait (set by an operator or a tool, not by os-traits).</source>
        <translation>Ein benutzerdefinierter Trait (von einem Operator oder einem Werkzeug gesetzt, nicht von os-traits).</translation>
    </message>
</context>
<context>
    <name>PutAggregatesJob</name>
    <message>
        <source>The server accepted the change but its answer does not have the shape Placement sends; reload to see the current state.</source>
        <translation>Der Server hat die Änderung angenommen, aber seine Antwort hat nicht die Form, die Placement sendet; laden Sie neu, um den aktuellen Stand zu sehen.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Make Nova Match Placement</source>
        <translation>Nova an Placement angleichen</translation>
    </message>
    <message>
        <source>Make Placement Match Nova</source>
        <translation>Placement an Nova angleichen</translation>
    </message>
    <message>
        <source>These calls go to Nova one by one when you confirm; Nova then updates Placement itself, and both are read again afterwards.</source>
        <translation>Diese Aufrufe gehen nach Ihrer Bestätigung einzeln an Nova; Nova aktualisiert danach Placement selbst, und beide werden anschließend neu gelesen.</translation>
    </message>
    <message>
        <source>These become ordinary pending edits when you confirm: review them in Pending Changes and submit as usual. Undo reverts them in one step.</source>
        <translation>Nach Ihrer Bestätigung werden daraus gewöhnliche ausstehende Änderungen: prüfen Sie sie unter „Ausstehende Änderungen“ und senden Sie sie wie gewohnt. Rückgängig nimmt sie in einem Schritt zurück.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change columns</source>
        <translation>Änderungsspalten</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Nova aggregate %1 (id %2, UUID %3)</source>
        <translation>Nova-Aggregat %1 (ID %2, UUID %3)</translation>
    </message>
    <message>
        <source>Provider %1, aggregate %2</source>
        <translation>Provider %1, Aggregat %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Send to Nova</source>
        <translation>An Nova senden</translation>
    </message>
    <message>
        <source>Create Pending Edits</source>
        <translation>Ausstehende Änderungen anlegen</translation>
    </message>
    <message>
        <source>Nothing was changed: the edits are already pending, or the table is busy (submit running).</source>
        <translation>Nichts geändert: Die Änderungen stehen bereits aus, oder die Tabelle ist beschäftigt (Senden läuft).</translation>
    </message>
    <message>
        <source>Nothing was sent: wait until the load or submit running now has finished.</source>
        <translation>Nichts gesendet: Warten Sie, bis das laufende Laden oder Senden beendet ist.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Call %1 of %2</source>
        <translation>Aufruf %1 von %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ReconcileOutcome</name>
    <message numerus="yes">
        <source>%n of %1 call(s) to Nova succeeded.</source>
        <translation>
            <numerusform>%n von %1 Aufrufen an Nova erfolgreich.</numerusform>
            <numerusform>%n von %1 Aufrufen an Nova erfolgreich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (canceled).</source>
        <translation>
            <numerusform>%n nicht gesendet (abgebrochen).</numerusform>
            <numerusform>%n nicht gesendet (abgebrochen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could not be read again; their next submit merges with the server&apos;s state.</source>
        <translation>
            <numerusform>%n Provider konnte nicht erneut gelesen werden; sein nächstes Senden wird mit dem Serverstand zusammengeführt.</numerusform>
            <numerusform>%n Provider konnten nicht erneut gelesen werden; ihr nächstes Senden wird mit dem Serverstand zusammengeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nova could not be read again; the drift shown may be out of date.</source>
        <translation>Nova konnte nicht erneut gelesen werden; die angezeigten Abweichungen sind möglicherweise veraltet.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) remain for these hosts.</source>
        <translation>
            <numerusform>%n Abweichung bleibt für diese Hosts.</numerusform>
            <numerusform>%n Abweichungen bleiben für diese Hosts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcilePlan</name>
    <message>
        <source>%1: a Placement-only aggregate, Nova has nothing to match.</source>
        <translation>%1: ein reines Placement-Aggregat, Nova hat nichts zum Angleichen.</translation>
    </message>
    <message>
        <source>Not changed by a reconcile: %1</source>
        <translation>Durch Angleichen nicht geändert: %1</translation>
    </message>
    <message>
        <source>%1 cannot be edited now (not loaded).</source>
        <translation>%1 kann jetzt nicht bearbeitet werden (nicht geladen).</translation>
    </message>
    <message>
        <source>%1: already pending for %2.</source>
        <translation>%1: für %2 bereits ausstehend.</translation>
    </message>
    <message>
        <source>Host %1 is only partly in %2 in Placement; a Nova aggregate holds whole hosts, so only &quot;make Placement match Nova&quot; can settle it.</source>
        <translation>Host %1 ist in Placement nur teilweise in %2; ein Nova-Aggregat enthält nur ganze Hosts, daher kann nur „Placement an Nova angleichen“ das lösen.</translation>
    </message>
    <message>
        <source>Nova writes aggregate %1 into Placement in its own spelling %2, while %3 is in %4: after add_host the provider may be in both spellings.</source>
        <translation>Nova schreibt Aggregat %1 in seiner eigenen Schreibweise %2 nach Placement, während %3 in %4 ist: Nach add_host kann der Provider in beiden Schreibweisen sein.</translation>
    </message>
    <message>
        <source>Host %1: %2. Nova finds providers by name, so Placement will not follow this call; Placement already has the membership Nova gets.</source>
        <translation>Host %1: %2. Nova findet Provider über ihren Namen, daher folgt Placement diesem Aufruf nicht; Placement hat die Mitgliedschaft, die Nova erhält, bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Make Placement match Nova (%n edit(s))</source>
        <translation>
            <numerusform>Placement an Nova angleichen (%n Änderung)</numerusform>
            <numerusform>Placement an Nova angleichen (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send to Nova.</source>
        <translation>Nichts an Nova zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to Nova.</source>
        <translation>
            <numerusform>%n Aufruf an Nova.</numerusform>
            <numerusform>%n Aufrufe an Nova.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending edit to create.</source>
        <translation>Keine ausstehende Änderung anzulegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending edit(s)</source>
        <translation>
            <numerusform>%n ausstehende Änderung</numerusform>
            <numerusform>%n ausstehende Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n provider(s).</source>
        <translation>
            <numerusform>für %n Provider.</numerusform>
            <numerusform>für %n Provider.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add provider %1 to %2</source>
        <translation>Provider %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove provider %1 from %2</source>
        <translation>Provider %1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Add host %1 to Nova aggregate %2</source>
        <translation>Host %1 zum Nova-Aggregat %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove host %1 from Nova aggregate %2</source>
        <translation>Host %1 aus dem Nova-Aggregat %2 entfernen</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>Could not open the request log %1: %2</source>
        <translation>Das Anfrageprotokoll %1 ließ sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>An&amp;fragen</translation>
    </message>
    <message>
        <source>Show requests</source>
        <translation>Anfragen zeigen</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Nur Fehlschläge</translation>
    </message>
    <message>
        <source>Request columns</source>
        <translation>Spalten der Anfragen</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Horizontale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Vertikale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command; the token is written as $OS_TOKEN</source>
        <translation>Die gewählte Anfrage als curl-Befehl kopieren; das Token steht darin als $OS_TOKEN</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Anzahl der Anfragen</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Microversion</source>
        <translation>Microversion</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request-ID</translation>
    </message>
</context>
<context>
    <name>SecurityWarning</name>
    <message>
        <source>Certificate verification is off (verify: false) for %1: anyone on the network path could impersonate the server and read your credentials.</source>
        <translation>Die Zertifikatsprüfung ist für %1 ausgeschaltet (verify: false): Jeder auf dem Netzwerkpfad könnte sich als der Server ausgeben und Ihre Zugangsdaten lesen.</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted (http://): credentials and tokens cross the network in clear text.</source>
        <translation>Die Verbindung zu %1 ist nicht verschlüsselt (http://): Zugangsdaten und Tokens gehen im Klartext über das Netzwerk.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The catalog has no usable %1 endpoint for interface &quot;%2&quot; in region &quot;%3&quot;. It has interfaces %4 in regions %5.</source>
        <translation>Der Katalog hat keinen nutzbaren %1-Endpunkt für interface &quot;%2&quot; in Region &quot;%3&quot;. Er hat die Interfaces %4 in den Regionen %5.</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>The catalog has no %1 endpoint for interface &quot;%2&quot;; it has %3.</source>
        <translation>Der Katalog hat keinen %1-Endpunkt für interface &quot;%2&quot;; er hat %3.</translation>
    </message>
    <message>
        <source>The catalog has no %1 endpoint for interface &quot;%2&quot; in region &quot;%3&quot;; there it has %4.</source>
        <translation>Der Katalog hat keinen %1-Endpunkt für interface &quot;%2&quot; in Region &quot;%3&quot;; dort hat er %4.</translation>
    </message>
    <message>
        <source>Interface &quot;%1&quot; exists in %2.</source>
        <translation>Interface &quot;%1&quot; gibt es in %2.</translation>
    </message>
    <message>
        <source>Set interface (or region_name).</source>
        <translation>Setzen Sie interface (oder region_name).</translation>
    </message>
    <message>
        <source>The catalog has no %1 endpoint in region &quot;%2&quot; (interface %3). Regions that have one: %4. Set region_name.</source>
        <translation>Der Katalog hat keinen %1-Endpunkt in Region &quot;%2&quot; (interface %3). Regionen mit einem solchen: %4. Setzen Sie region_name.</translation>
    </message>
    <message>
        <source>Keystone&apos;s service catalog for this project is empty, so it does not say where %1 is. Set %1_endpoint_override, or ask the cloud&apos;s administrators to register the %1 endpoints (or the project&apos;s endpoint filter).</source>
        <translation>Der Dienstkatalog von Keystone für dieses Projekt ist leer und sagt daher nicht, wo %1 ist. Setzen Sie %1_endpoint_override oder bitten Sie die Administratoren der Cloud, die %1-Endpunkte (oder den Endpunktfilter des Projekts) einzutragen.</translation>
    </message>
    <message>
        <source>Keystone&apos;s service catalog has no &quot;%1&quot; service; it lists %2. Set %1_endpoint_override, or ask the cloud&apos;s administrators to register %1.</source>
        <translation>Der Dienstkatalog von Keystone hat keinen Dienst „%1“; er enthält %2. Setzen Sie %1_endpoint_override oder bitten Sie die Administratoren der Cloud, %1 einzutragen.</translation>
    </message>
</context>
<context>
    <name>SetMembershipCommand</name>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n provider(s) to %1</source>
        <translation>
            <numerusform>Einen Anbieter zu %1 hinzufügen</numerusform>
            <numerusform>%n Anbieter zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n provider(s) from %1</source>
        <translation>
            <numerusform>Einen Anbieter aus %1 entfernen</numerusform>
            <numerusform>%n Anbieter aus %1 entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Normalize spelling of %1 on %n provider(s)</source>
        <translation>
            <numerusform>Schreibweise von %1 bei %n Anbieter vereinheitlichen</numerusform>
            <numerusform>Schreibweise von %1 bei %n Anbietern vereinheitlichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmitSummary</name>
    <message numerus="yes">
        <source>%n conflict(s) left pending</source>
        <translation>
            <numerusform>ein Konflikt bleibt offen</numerusform>
            <numerusform>%n Konflikte bleiben offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (canceled)</source>
        <translation>
            <numerusform>%n nicht gesendet (abgebrochen)</numerusform>
            <numerusform>%n nicht gesendet (abgebrochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transient fault(s) retried</source>
        <translation>
            <numerusform>%n vorübergehender Fehler wiederholt</numerusform>
            <numerusform>%n vorübergehende Fehler wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n übernommen</numerusform>
            <numerusform>%n übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved</source>
        <translation>
            <numerusform>%n Konflikt gelöst</numerusform>
            <numerusform>%n Konflikte gelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The provider kept changing on the server; gave up after %n automatic resend(s). Try again later.</source>
        <translation>
            <numerusform>Der Anbieter hat sich auf dem Server ständig geändert; nach einem automatischen erneuten Senden aufgegeben. Versuchen Sie es später erneut.</numerusform>
            <numerusform>Der Anbieter hat sich auf dem Server ständig geändert; nach %n automatischen erneuten Sendungen aufgegeben. Versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: generation moved from %2 to %3 without membership changes; resending.</source>
        <translation>%1: Generation von %2 auf %3 gestiegen, ohne Änderung der Mitgliedschaften; wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Changed on the server too; your edits are still pending.</source>
        <translation>Auch auf dem Server geändert; Ihre Änderungen stehen weiter aus.</translation>
    </message>
    <message>
        <source>%1: kept the server&apos;s aggregates; your edits were dropped.</source>
        <translation>%1: Aggregate des Servers beibehalten; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>%1: merged your changes with the server&apos;s.</source>
        <translation>%1: Ihre Änderungen wurden mit denen des Servers zusammengeführt.</translation>
    </message>
    <message>
        <source>%1: overwriting the server&apos;s aggregates with yours.</source>
        <translation>%1: Die Aggregate des Servers werden mit Ihren überschrieben.</translation>
    </message>
    <message>
        <source>The submit was stopped while this provider&apos;s update was on its way; it is read again before the next submit.</source>
        <translation>Das Senden wurde angehalten, während die Aktualisierung dieses Anbieters unterwegs war; er wird vor dem nächsten Senden neu gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s aggregates changed on the server again after each of %n merge(s); your edits are left pending.</source>
        <translation>
            <numerusform>Die Aggregate des Anbieters haben sich auf dem Server nach der Zusammenführung erneut geändert; Ihre Änderungen bleiben ausstehend.</numerusform>
            <numerusform>Die Aggregate des Anbieters haben sich auf dem Server nach jeder der %n Zusammenführungen erneut geändert; Ihre Änderungen bleiben ausstehend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsSettings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate (cacert).</source>
        <translation>%1 enthält kein PEM- oder DER-Zertifikat (cacert).</translation>
    </message>
    <message>
        <source>%1 holds no client certificate (cert).</source>
        <translation>%1 enthält kein Client-Zertifikat (cert).</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted private key for the client certificate (key). Encrypted keys are not supported.</source>
        <translation>%1 enthält keinen unverschlüsselten privaten Schlüssel für das Client-Zertifikat (key). Verschlüsselte Schlüssel werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>A client key (key) is set without a client certificate (cert).</source>
        <translation>Ein Client-Schlüssel (key) ist ohne Client-Zertifikat (cert) gesetzt.</translation>
    </message>
</context>
<context>
    <name>TraitIsolationCheck</name>
    <message>
        <source>Placement %1 cannot list providers without a trait (needs 1.22): members of aggregates with required traits are not checked.</source>
        <translation>Placement %1 kann keine Anbieter ohne eine Eigenschaft auflisten (braucht 1.22): Mitglieder von Aggregaten mit geforderten Eigenschaften werden nicht geprüft.</translation>
    </message>
    <message>
        <source>Members of %1 lacking %2 could not be listed: %3</source>
        <translation>Mitglieder von %1 ohne %2 konnten nicht aufgelistet werden: %3</translation>
    </message>
</context>
<context>
    <name>Uuids</name>
    <message>
        <source>%1 (stored as %2)</source>
        <translation>%1 (gespeichert als %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try “placement-desk --help” for the options.</source>
        <translation>Die Optionen zeigt „placement-desk --help“.</translation>
    </message>
</context>
</TS>
