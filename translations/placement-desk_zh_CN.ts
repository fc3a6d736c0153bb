<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityLogDock</name>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>水平滚动条</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>垂直滚动条</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>活动(&amp;T)</translation>
    </message>
</context>
<context>
    <name>AggregateActionJob</name>
    <message>
        <source>Nova&apos;s answer to the aggregate action does not have the shape Nova sends.</source>
        <translation>Nova 对聚合操作的应答不符合 Nova 应有的格式。</translation>
    </message>
</context>
<context>
    <name>AggregateLabels</name>
    <message>
        <source>%1: &quot;%2&quot; is not an aggregate UUID</source>
        <translation>%1：&quot;%2&quot; 不是聚合 UUID</translation>
    </message>
    <message>
        <source>%1: the label of %2 %3</source>
        <translation>%1：%2 的标签%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: more than %n label(s)</source>
        <translation>
            <numerusform>%1：标签超过 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is not a Placement Desk label file (format &quot;%1&quot;)</source>
        <translation>该文件不是 Placement Desk 标签文件（格式 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>the file was written by a newer Placement Desk (format version %1); update the app to read it</source>
        <translation>该文件由更新版本的 Placement Desk 写入（格式版本 %1）；请更新应用以读取它</translation>
    </message>
    <message>
        <source>the file has an invalid format version (%1)</source>
        <translation>该文件的格式版本无效（%1）</translation>
    </message>
    <message>
        <source>not valid JSON (at byte %1): %2</source>
        <translation>不是有效的 JSON（位于第 %1 字节）：%2</translation>
    </message>
    <message>
        <source>the JSON document is not an object of labels</source>
        <translation>该 JSON 文档不是标签对象</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be a string and &quot;version&quot; a number</source>
        <translation>&quot;format&quot; 必须是字符串，&quot;version&quot; 必须是数字</translation>
    </message>
    <message>
        <source>&quot;labels&quot; is not an object of UUID: label</source>
        <translation>&quot;labels&quot; 不是“UUID: 标签”形式的对象</translation>
    </message>
    <message>
        <source>the label of %1 is not a string</source>
        <translation>%1 的标签不是字符串</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;</source>
        <translation>条目 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: the document is not a mapping of labels</source>
        <translation>%1：该文档不是标签映射</translation>
    </message>
    <message>
        <source>&quot;format&quot; and &quot;version&quot; must be plain values</source>
        <translation>&quot;format&quot; 和 &quot;version&quot; 必须是简单值</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; is not a number</source>
        <translation>%1：&quot;version&quot; 不是数字</translation>
    </message>
    <message>
        <source>%1: &quot;labels&quot; is not a mapping of UUID: label</source>
        <translation>%1：&quot;labels&quot; 不是“UUID: 标签”形式的映射</translation>
    </message>
    <message>
        <source>%1: each entry must be UUID: label</source>
        <translation>%1：每个条目都必须是“UUID: 标签”形式</translation>
    </message>
    <message>
        <source>not valid YAML (%1): %2</source>
        <translation>不是有效的 YAML（%1）：%2</translation>
    </message>
    <message>
        <source>larger than %1 KiB</source>
        <translation>大于 %1 KiB</translation>
    </message>
    <message>
        <source>The aggregate labels in %1 could not be read (%2); labels cannot be changed until the file is mended or removed.</source>
        <translation>无法读取 %1 中的聚合标签（%2）；在修复或删除该文件之前，无法更改标签。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>超过 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>holds control or text-direction characters</source>
        <translation>包含控制字符或文字方向字符</translation>
    </message>
    <message>
        <source>is not valid text (a lone UTF-16 surrogate)</source>
        <translation>不是有效文本（含孤立的 UTF-16 代理项）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an aggregate UUID</source>
        <translation>&quot;%1&quot; 不是聚合 UUID</translation>
    </message>
    <message>
        <source>The label %1.</source>
        <translation>标签%1。</translation>
    </message>
    <message numerus="yes">
        <source>This cloud already has %n label(s), the most the app keeps.</source>
        <translation>
            <numerusform>此云已有 %n 个标签，已达到应用可保存的上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; a label file is much smaller.</source>
        <translation>%1 大于 %2 KiB；标签文件通常远小于此。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Together with this cloud&apos;s labels that makes more than %n label(s).</source>
        <translation>
            <numerusform>加上此云已有的标签，总数将超过 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The labels could not be saved to %1: %2</source>
        <translation>无法将标签保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>AggregatePickerDialog</name>
    <message>
        <source>Go to Aggregate</source>
        <translation>转到聚合</translation>
    </message>
    <message>
        <source>Add to Aggregate</source>
        <translation>添加到聚合</translation>
    </message>
    <message>
        <source>Remove from Aggregate</source>
        <translation>从聚合中移除</translation>
    </message>
    <message>
        <source>Go to aggregate</source>
        <translation>转到聚合</translation>
    </message>
    <message>
        <source>Add to aggregate</source>
        <translation>添加到聚合</translation>
    </message>
    <message>
        <source>Remove from aggregate</source>
        <translation>从聚合中移除</translation>
    </message>
    <message>
        <source>Show the column of this aggregate (type part of its name or UUID):</source>
        <translation>显示此聚合的列（输入其名称或 UUID 的一部分）：</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected provider(s) to this aggregate:</source>
        <translation>
            <numerusform>将选中的 %n 个提供者添加到此聚合：</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the selected providers to this aggregate:</source>
        <translation>将选中的提供者添加到此聚合：</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected provider(s) from this aggregate:</source>
        <translation>
            <numerusform>将选中的 %n 个提供者从此聚合中移除：</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the selected providers from this aggregate:</source>
        <translation>将选中的提供者从此聚合中移除：</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Filter aggregates</source>
        <translation>筛选聚合</translation>
    </message>
    <message>
        <source>Part of a UUID, any spelling</source>
        <translation>UUID 的一部分，任意写法</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>聚合</translation>
    </message>
    <message>
        <source>Aggregate UUID</source>
        <translation>聚合 UUID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Selected in it</source>
        <translation>其中已选中</translation>
    </message>
    <message>
        <source>Providers in the aggregate as loaded from the server</source>
        <translation>从服务器加载时该聚合中的提供者</translation>
    </message>
    <message>
        <source>How many of the selected providers are in it, pending edits included</source>
        <translation>选中的提供者中有多少在该聚合中（含待提交的编辑）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>No aggregates</source>
        <translation>无聚合</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Go to column</source>
        <translation>转到列</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;New aggregate…</source>
        <translation>新建聚合(&amp;N)…</translation>
    </message>
    <message>
        <source>New aggregate</source>
        <translation>新建聚合</translation>
    </message>
    <message>
        <source>Add the providers to an aggregate that is not a column yet</source>
        <translation>将提供者添加到尚未显示为列的聚合</translation>
    </message>
    <message>
        <source>Nova name</source>
        <translation>Nova 名称</translation>
    </message>
    <message>
        <source>Local label</source>
        <translation>本地标签</translation>
    </message>
    <message>
        <source>The Nova host aggregate mirrored into this Placement aggregate, or your local label (quoted) for one Nova does not know</source>
        <translation>此 Placement 聚合所镜像的 Nova 主机聚合；对于 Nova 不知道的聚合，则为您的本地标签（带引号）</translation>
    </message>
    <message>
        <source>Availability zone %1</source>
        <translation>可用区 %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Local label, kept on this computer</source>
        <translation>本地标签，保存在此计算机上</translation>
    </message>
    <message>
        <source>Part of a UUID (any spelling) or a Nova name</source>
        <translation>UUID 的一部分（任意写法）或 Nova 名称</translation>
    </message>
    <message>
        <source>Part of a UUID (any spelling) or a label</source>
        <translation>UUID 的一部分（任意写法）或标签</translation>
    </message>
    <message>
        <source>Not a column yet: added when you confirm</source>
        <translation>尚未显示为列：确认后添加</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No aggregates are loaded yet. Use “New aggregate…” to add one.</source>
        <translation>尚未加载任何聚合。请使用“新建聚合…”添加一个。</translation>
    </message>
    <message>
        <source>No aggregates are loaded.</source>
        <translation>未加载任何聚合。</translation>
    </message>
    <message>
        <source>None of the selected providers is in an aggregate.</source>
        <translation>选中的提供者均不属于任何聚合。</translation>
    </message>
    <message>
        <source>%1 is not a column yet. Use “New aggregate…” to add it.</source>
        <translation>%1 尚未显示为列。请使用“新建聚合…”添加它。</translation>
    </message>
    <message>
        <source>No aggregate matches “%1”.</source>
        <translation>没有与“%1”匹配的聚合。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Placement rejected the request as invalid (HTTP 400).</source>
        <translation>Placement 认为请求无效并予以拒绝（HTTP 400）。</translation>
    </message>
    <message>
        <source>Authentication failed (HTTP 401): the token is missing, invalid or expired.</source>
        <translation>身份验证失败（HTTP 401）：令牌缺失、无效或已过期。</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403): this token is not allowed to do this; Placement&apos;s aggregate calls need the admin or service role.</source>
        <translation>权限被拒绝（HTTP 403）：此令牌无权执行此操作；Placement 的聚合调用需要 admin 或 service 角色。</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>未找到（HTTP 404）。</translation>
    </message>
    <message>
        <source>The server does not allow this method here (HTTP 405). Is this a Placement endpoint?</source>
        <translation>服务器不允许在此处使用该方法（HTTP 405）。这是 Placement 端点吗？</translation>
    </message>
    <message>
        <source>The server does not accept the requested API version or media type (HTTP 406).</source>
        <translation>服务器不接受所请求的 API 版本或媒体类型（HTTP 406）。</translation>
    </message>
    <message>
        <source>Conflict (HTTP 409): the data changed on the server.</source>
        <translation>冲突（HTTP 409）：服务器上的数据已更改。</translation>
    </message>
    <message>
        <source>The request is too large for the server (HTTP 413).</source>
        <translation>请求过大，服务器无法处理（HTTP 413）。</translation>
    </message>
    <message>
        <source>The server does not accept the request&apos;s media type (HTTP 415).</source>
        <translation>服务器不接受该请求的媒体类型（HTTP 415）。</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): the server is rate limiting; try again later.</source>
        <translation>请求过多（HTTP 429）：服务器正在限流；请稍后重试。</translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1). Check the Placement service&apos;s log.</source>
        <translation>服务器处理请求失败（HTTP %1）。请检查 Placement 服务的日志。</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>服务器返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>Connection refused by %1. Is Placement running there, on this port?</source>
        <translation>%1 拒绝了连接。Placement 是否在该主机的此端口上运行？</translation>
    </message>
    <message>
        <source>The host name of %1 could not be resolved. Check the endpoint URL.</source>
        <translation>无法解析 %1 的主机名。请检查端点 URL。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering completely.</source>
        <translation>%1 在完整应答之前关闭了连接。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未能及时应答。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>The network is unavailable: %1</source>
        <translation>网络不可用：%1</translation>
    </message>
    <message>
        <source>The proxy failed: %1</source>
        <translation>代理失败：%1</translation>
    </message>
    <message>
        <source>The URL scheme is not supported; use http:// or https://.</source>
        <translation>不支持该 URL 协议；请使用 http:// 或 https://。</translation>
    </message>
    <message>
        <source>%1 redirected the request in a way that is not followed: %2</source>
        <translation>%1 以不被跟随的方式重定向了请求：%2</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>与 %1 通信时出现网络错误：%2</translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2.</source>
        <translation>%1 的证书被拒绝：%2。</translation>
    </message>
    <message>
        <source>(no common name)</source>
        <translation>（无通用名称）</translation>
    </message>
    <message>
        <source>It was issued to %1 by %2.</source>
        <translation>该证书由 %2 颁发给 %1。</translation>
    </message>
    <message>
        <source>If the server is right, add its CA with cacert; never turn verification off to hide this.</source>
        <translation>如果该服务器确实可信，请通过 cacert 添加其 CA；切勿为掩盖此问题而关闭验证。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 未在 %2 秒内应答。</translation>
    </message>
    <message>
        <source>Keystone says: %1</source>
        <translation>Keystone 返回：%1</translation>
    </message>
    <message>
        <source>Nova says: %1</source>
        <translation>Nova 返回：%1</translation>
    </message>
    <message>
        <source>Placement says: %1</source>
        <translation>Placement 返回：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>The history file %1 could not be read.</source>
        <translation>无法读取历史文件 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the history file %1 could not be read and are not shown.</source>
        <translation>
            <numerusform>历史文件 %1 中有 %n 行无法读取，未予显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the change history.</source>
        <translation>无法创建用于更改历史的文件夹 %1。</translation>
    </message>
    <message>
        <source>No cloud is selected for the change history.</source>
        <translation>未为更改历史选择云。</translation>
    </message>
    <message>
        <source>The history file %1 is full and could not be moved aside.</source>
        <translation>历史文件 %1 已满，且无法移至别处。</translation>
    </message>
    <message>
        <source>Could not write the history file %1: %2</source>
        <translation>无法写入历史文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>CloudConfig</name>
    <message numerus="yes">
        <source>cloud &quot;%1&quot; is too large after expanding aliases (more than %n values)</source>
        <translation>
            <numerusform>云 &quot;%1&quot; 在展开别名后过大（超过 %n 个值）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too deeply nested (more than %n levels below a cloud&apos;s name)</source>
        <translation>
            <numerusform>嵌套过深（云名称之下超过 %n 层）</numerusform>
        </translation>
    </message>
    <message>
        <source>aliases refer to themselves (an alias inside the value anchored here points back to it)</source>
        <translation>别名引用了自身（此处锚定的值内部有别名指回该锚点）</translation>
    </message>
    <message>
        <source>a mapping key is not a plain value</source>
        <translation>某个映射键不是简单值</translation>
    </message>
    <message numerus="yes">
        <source>cloud &quot;%1&quot; is too large after expanding aliases (more than %n MiB of text)</source>
        <translation>
            <numerusform>云 &quot;%1&quot; 在展开别名后过大（文本超过 %n MiB）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n MiB, far more than any cloud configuration needs; it was not read.</source>
        <translation>
            <numerusform>%1 大于 %n MiB，远超任何云配置所需；未读取该文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>the document is not a mapping with a &quot;clouds&quot; key</source>
        <translation>该文档不是包含 &quot;clouds&quot; 键的映射</translation>
    </message>
    <message>
        <source>&quot;clouds&quot; is not a mapping of cloud names</source>
        <translation>&quot;clouds&quot; 不是以云名称为键的映射</translation>
    </message>
    <message>
        <source>a cloud name is not a plain value</source>
        <translation>某个云名称不是简单值</translation>
    </message>
    <message>
        <source>cloud &quot;%1&quot; is not a mapping</source>
        <translation>云 &quot;%1&quot; 不是映射</translation>
    </message>
    <message>
        <source>&quot;auth&quot; of cloud &quot;%1&quot; is not a mapping</source>
        <translation>云 &quot;%1&quot; 的 &quot;auth&quot; 不是映射</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): too deeply nested</source>
        <translation>%1 不是有效的 YAML（第 %2 行，第 %3 列）：嵌套过深</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): %4</source>
        <translation>%1 不是有效的 YAML（第 %2 行，第 %3 列）：%4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; was asked for, but no clouds.yaml was found (looked for %2).</source>
        <translation>请求了云 &quot;%1&quot;，但未找到 clouds.yaml（已查找 %2）。</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; is not in %2, which names no cloud.</source>
        <translation>云 &quot;%1&quot; 不在 %2 中，该文件中未定义任何云。</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; is not in %2. Clouds there: %3.</source>
        <translation>云 &quot;%1&quot; 不在 %2 中。其中的云：%3。</translation>
    </message>
    <message>
        <source>Nothing says where to connect: no cloud was selected (--os-cloud or OS_CLOUD), no OS_AUTH_URL is set, and no clouds.yaml was found.</source>
        <translation>未指定连接目标：未选择云（--os-cloud 或 OS_CLOUD），未设置 OS_AUTH_URL，也未找到 clouds.yaml。</translation>
    </message>
    <message>
        <source>No cloud was selected: pass --os-cloud or set OS_CLOUD. Clouds in %1: %2.</source>
        <translation>未选择云：请传入 --os-cloud 或设置 OS_CLOUD。%1 中的云：%2。</translation>
    </message>
    <message>
        <source>auth_type &quot;%1&quot; (from %2) is not supported. Use one of: %3.</source>
        <translation>不支持 auth_type &quot;%1&quot;（来自 %2）。请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (from %3) is not a valid URL.</source>
        <translation>%1 &quot;%2&quot;（来自 %3）不是有效的 URL。</translation>
    </message>
    <message>
        <source>insecure &quot;%1&quot; (from %2) is neither true nor false.</source>
        <translation>insecure &quot;%1&quot;（来自 %2）既不是 true 也不是 false。</translation>
    </message>
</context>
<context>
    <name>CloudOptions</name>
    <message>
        <source>Cloud from clouds.yaml to connect to (default: OS_CLOUD).</source>
        <translation>要连接的 clouds.yaml 中的云（默认：OS_CLOUD）。</translation>
    </message>
    <message>
        <source>Password (default: OS_PASSWORD). Other users can see command lines; prefer secure.yaml or the environment.</source>
        <translation>密码（默认：OS_PASSWORD）。其他用户可以看到命令行；建议使用 secure.yaml 或环境变量。</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (verify: false). Dangerous.</source>
        <translation>不验证 TLS 证书（verify: false）。危险。</translation>
    </message>
    <message>
        <source>Overrides %1 (default: %2).</source>
        <extracomment>%1 is a clouds.yaml key such as auth_url, %2 an environment variable such as OS_AUTH_URL</extracomment>
        <translation>覆盖 %1（默认：%2）。</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
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
        <translation>显示 OpenStack 资源提供者分别属于哪些聚合（以 Placement 报告的为准）。

环境变量：
  OS_PLACEMENT_ENDPOINT  Placement 端点 URL，未指定 --endpoint 时使用。
  OS_ENDPOINT            备用端点 URL，OS_PLACEMENT_ENDPOINT 也未设置时使用。
  OS_TOKEN               令牌，未指定 --token 时使用（OS_AUTH_TOKEN 同样有效）。
  OS_COMPUTE_ENDPOINT_OVERRIDE  Nova 的计算端点，用于聚合名称和偏差。

命令行优先于环境变量，环境变量又优先于上次会话
记住的端点。同时具备端点和令牌时，窗口会立即连接。
令牌从不保存。</translation>
    </message>
    <message>
        <source>Placement endpoint URL, e.g. http://controller:8778 (default: $OS_PLACEMENT_ENDPOINT, then $OS_ENDPOINT).</source>
        <translation>Placement 端点 URL，例如 http://controller:8778（默认：$OS_PLACEMENT_ENDPOINT，其次是 $OS_ENDPOINT）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keystone token sent as X-Auth-Token (default: $OS_TOKEN, then $OS_AUTH_TOKEN). An empty TOKEN is an error; leave the option out to use the environment.</source>
        <translation>作为 X-Auth-Token 发送的 Keystone 令牌（默认：$OS_TOKEN，其次是 $OS_AUTH_TOKEN）。TOKEN 为空会报错；要使用环境变量，请省略此选项。</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Most requests in flight at once, 1 to %1 (default: %2). The app starts with one and adds more while the server answers faster, so this is a cap.</source>
        <translation>同时进行的最大请求数，1 到 %1（默认：%2）。应用从一个请求开始，在服务器应答变快时逐步增加，因此这是一个上限。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds to wait for each request before giving up (default: %1).</source>
        <translation>每个请求在放弃前等待的秒数（默认：%1）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Neither show the table saved at the last load while the server is read (warm start) nor save it. The cache holds no token and no pending edit.</source>
        <translation>在读取服务器期间既不显示上次加载时保存的表格（热启动），也不保存它。缓存中不含令牌，也不含待提交的编辑。</translation>
    </message>
    <message>
        <source>Live view: refresh in the background every SECONDS (at least %1; 0 turns it off) and mark rows someone else changed; pending edits stay. Default: the View menu&apos;s last choice (off at first).</source>
        <translation>实时视图：每 SECONDS 秒在后台刷新一次（至少 %1；0 表示关闭），并标记他人更改过的行；待提交的编辑保持不变。默认：“视图”菜单中上次的选择（初始为关闭）。</translation>
    </message>
    <message>
        <source>Open no window: connect (as with --endpoint and --token, or a cloud), load every provider, write the membership table to FILE and exit: 0 when every row was read, 1 when some could not be (their state says so), 2 when nothing was written.</source>
        <translation>不打开窗口：连接（与 --endpoint 和 --token 或云的方式相同），加载所有提供者，将成员关系表写入 FILE 后退出：所有行均已读取时返回 0，部分行无法读取时返回 1（其状态会说明原因），未写入任何内容时返回 2。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With --export: the file&apos;s format, csv (default) or json; default from FILE&apos;s extension. With --plan: json prints the report as JSON (for scripts).</source>
        <translation>与 --export 一起使用：文件格式，csv（默认）或 json；默认根据 FILE 的扩展名确定。与 --plan 一起使用：json 表示以 JSON 格式输出报告（供脚本使用）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Append every request (time, service, method, URL, status, duration, microversion, request id) to FILE as JSON lines. Never a token or a password.</source>
        <translation>将每个请求（时间、服务、方法、URL、状态、耗时、微版本、请求 ID）以 JSON 行的形式追加到 FILE。从不记录令牌或密码。</translation>
    </message>
    <message>
        <source>With --dry-run or --apply, open no window: connect, load, check the edits in FILE (CSV provider,action,aggregate or the JSON of Export Pending Edits) against the table and print what would change. --dry-run exits: 0 nothing would change, 1 something would, 2 errors (each with its line). --apply then submits them as the window does (generations, merges, retries) and exits: 0 everything applied, 1 some edits left pending (in the journal, for a window), 2 errors (nothing applied).</source>
        <translation>与 --dry-run 或 --apply 一起使用时不打开窗口：连接、加载，对照表格检查 FILE 中的编辑（CSV 格式的 provider,action,aggregate，或“导出待提交的编辑”生成的 JSON），并输出将发生的更改。--dry-run 的退出码：0 表示不会有任何更改，1 表示会有更改，2 表示有错误（每个错误都附带其所在行）。--apply 随后像窗口一样提交这些编辑（代数、合并、重试），退出码：0 表示全部已应用，1 表示部分编辑仍待提交（保存在编辑日志中，留给窗口处理），2 表示有错误（未应用任何内容）。</translation>
    </message>
    <message>
        <source>With --plan: only say what the plan would change.</source>
        <translation>与 --plan 一起使用：只说明该计划将更改什么。</translation>
    </message>
    <message>
        <source>With --plan: submit the plan&apos;s edits (a plan with problems applies nothing).</source>
        <translation>与 --plan 一起使用：提交计划中的编辑（有问题的计划不会应用任何内容）。</translation>
    </message>
    <message>
        <source>With --apply, when someone else changed a provider too: merge (default; your adds and removes on top of the server&apos;s set) or skip (leave those edits pending for a window).</source>
        <translation>与 --apply 一起使用，当他人也更改了某个提供者时：merge（默认；在服务器的集合之上应用您的添加和移除）或 skip（将这些编辑保留为待提交，留给窗口处理）。</translation>
    </message>
    <message>
        <source>merge|skip</source>
        <translation>merge|skip</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--token: the token is empty. Leave --token out to use $OS_TOKEN or $OS_AUTH_TOKEN.</source>
        <translation>--token：令牌为空。要使用 $OS_TOKEN 或 $OS_AUTH_TOKEN，请省略 --token。</translation>
    </message>
    <message>
        <source>--live: expected 0 (off) or %1 to 86400 seconds, got “%2”.</source>
        <translation>--live：应为 0（关闭）或 %1 到 86400 秒，实际为“%2”。</translation>
    </message>
    <message>
        <source>--export: the file name is empty.</source>
        <translation>--export：文件名为空。</translation>
    </message>
    <message>
        <source>--plan: the file name is empty.</source>
        <translation>--plan：文件名为空。</translation>
    </message>
    <message>
        <source>--plan and --export: one at a time.</source>
        <translation>--plan 和 --export：一次只能使用一个。</translation>
    </message>
    <message>
        <source>--dry-run and --apply: one or the other.</source>
        <translation>--dry-run 和 --apply：只能二选一。</translation>
    </message>
    <message>
        <source>--plan needs --dry-run (say what would change) or --apply (submit it).</source>
        <translation>--plan 需要 --dry-run（说明将更改什么）或 --apply（提交计划）。</translation>
    </message>
    <message>
        <source>--dry-run goes with --plan.</source>
        <translation>--dry-run 需与 --plan 一起使用。</translation>
    </message>
    <message>
        <source>--apply goes with --plan.</source>
        <translation>--apply 需与 --plan 一起使用。</translation>
    </message>
    <message>
        <source>--on-conflict goes with --plan FILE --apply.</source>
        <translation>--on-conflict 需与 --plan FILE --apply 一起使用。</translation>
    </message>
    <message>
        <source>--on-conflict: expected merge or skip, got “%1”.</source>
        <translation>--on-conflict：应为 merge 或 skip，实际为“%1”。</translation>
    </message>
    <message>
        <source>--format goes with --export or --plan.</source>
        <translation>--format 需与 --export 或 --plan 一起使用。</translation>
    </message>
    <message>
        <source>--format: expected csv or json, got “%1”.</source>
        <translation>--format：应为 csv 或 json，实际为“%1”。</translation>
    </message>
    <message>
        <source>--parallel: expected a whole number from 1 to %1, got “%2”.</source>
        <translation>--parallel：应为 1 到 %1 之间的整数，实际为“%2”。</translation>
    </message>
    <message>
        <source>--timeout: expected a number of seconds from 1 to 3600, got “%1”.</source>
        <translation>--timeout：应为 1 到 3600 之间的秒数，实际为“%1”。</translation>
    </message>
</context>
<context>
    <name>ConfigError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Added on the server</source>
        <translation>服务器上已添加</translation>
    </message>
    <message>
        <source>Removed on the server</source>
        <translation>服务器上已移除</translation>
    </message>
    <message>
        <source>Your addition</source>
        <translation>您的添加</translation>
    </message>
    <message>
        <source>You added it</source>
        <translation>您添加了它</translation>
    </message>
    <message>
        <source>Your removal</source>
        <translation>您的移除</translation>
    </message>
    <message>
        <source>You removed it</source>
        <translation>您移除了它</translation>
    </message>
    <message>
        <source>Adds back an aggregate the server removed</source>
        <translation>重新添加服务器已移除的聚合</translation>
    </message>
    <message>
        <source>Removes an aggregate the server added</source>
        <translation>移除服务器已添加的聚合</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>已添加：%1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>已移除：%1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Conflict for provider %1</source>
        <translation>提供者 %1 的冲突</translation>
    </message>
    <message>
        <source>Apply to all remaining conflicts</source>
        <translation>应用到所有剩余冲突</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>稍后决定(&amp;D)</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Decide later: your edits stay pending</source>
        <translation>稍后决定：您的编辑保持待提交状态</translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict(s) waiting</source>
        <translation>
            <numerusform>还有 %n 个冲突待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to &amp;all remaining conflicts (%1)</source>
        <translation>应用到所有剩余冲突（%1）(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Answer the %n conflict(s) still waiting with the same choice, without asking</source>
        <translation>
            <numerusform>以相同的选择处理仍在等待的 %n 个冲突，不再询问</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>“%1” was changed on the server since you loaded it</source>
        <translation>自您加载以来，“%1”已在服务器上被更改</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Choose which aggregates to send for this provider. Nothing is sent until you apply.</source>
        <translation>选择要为此提供者发送哪些聚合。在您应用之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Provider UUID</source>
        <translation>提供者 UUID</translation>
    </message>
    <message>
        <source>Provider UUID:</source>
        <translation>提供者 UUID：</translation>
    </message>
    <message>
        <source>Remaining conflicts</source>
        <translation>剩余冲突</translation>
    </message>
    <message>
        <source>Changed on the server since you loaded</source>
        <translation>自您加载以来服务器上的更改</translation>
    </message>
    <message>
        <source>No membership changes</source>
        <translation>成员关系无变化</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>您的更改</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>无更改</translation>
    </message>
    <message>
        <source>Changed on the &amp;server since you loaded</source>
        <translation>自您加载以来服务器上的更改(&amp;S)</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>服务器上的更改</translation>
    </message>
    <message>
        <source>&amp;Your changes</source>
        <translation>您的更改(&amp;Y)</translation>
    </message>
    <message>
        <source>Server&apos;s set after merging</source>
        <translation>合并后服务器上的集合</translation>
    </message>
    <message>
        <source>Server&apos;s set after overwriting</source>
        <translation>覆盖后服务器上的集合</translation>
    </message>
    <message>
        <source>Server&apos;s set when keeping it</source>
        <translation>保留时服务器上的集合</translation>
    </message>
    <message>
        <source>No aggregates</source>
        <translation>无聚合</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>removes %1, which the server added</source>
        <translation>移除服务器已添加的 %1</translation>
    </message>
    <message>
        <source>adds back %1, which the server removed</source>
        <translation>重新添加服务器已移除的 %1</translation>
    </message>
    <message>
        <source>Overwrite warning</source>
        <translation>覆盖警告</translation>
    </message>
    <message>
        <source>Warning: Overwrite undoes changes made on the server since you loaded:</source>
        <translation>警告：覆盖将撤销自您加载以来在服务器上所做的更改：</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see the Overwrite list)</source>
        <translation>
            <numerusform>以及另外 %n 项（见“覆盖”列表）</numerusform>
        </translation>
    </message>
    <message>
        <source>Resulting set for each choice</source>
        <translation>各选项的结果集合</translation>
    </message>
    <message>
        <source>&amp;Merge (recommended)</source>
        <translation>合并（推荐）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with my set</source>
        <translation>用我的集合覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s set</source>
        <translation>保留服务器的集合(&amp;K)</translation>
    </message>
    <message>
        <source>Keep server</source>
        <translation>保留服务器</translation>
    </message>
    <message>
        <source>Your additions and removals applied on top of the server&apos;s current set.</source>
        <translation>在服务器当前的集合之上应用您的添加和移除。</translation>
    </message>
    <message>
        <source>Send your full set as it is, replacing the server&apos;s current set.</source>
        <translation>按原样发送您的完整集合，替换服务器当前的集合。</translation>
    </message>
    <message>
        <source>Drop your edits for this provider and keep the server&apos;s current set.</source>
        <translation>放弃您对此提供者的编辑，保留服务器当前的集合。</translation>
    </message>
    <message>
        <source>Each list shows the server&apos;s set after that choice: “+” is added to it, “−” is removed from it.</source>
        <translation>每个列表显示该选项执行后服务器上的集合：“+”表示添加到集合中，“−”表示从集合中移除。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分隔线</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>no change on the server</source>
        <translation>服务器上无更改</translation>
    </message>
    <message>
        <source>%1 added, %2 removed</source>
        <translation>已添加 %1，已移除 %2</translation>
    </message>
    <message>
        <source>Afterwards: %1 (%2)</source>
        <translation>之后：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n aggregate(s)</source>
        <translation>
            <numerusform>%n 个聚合</numerusform>
        </translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Merge all %1</source>
        <translation>全部合并（%1 个）</translation>
    </message>
    <message>
        <source>Overwrite all %1</source>
        <translation>全部覆盖（%1 个）</translation>
    </message>
    <message>
        <source>Keep server&apos;s set for all %1</source>
        <translation>全部保留服务器的集合（%1 个）</translation>
    </message>
    <message>
        <source>Keep server&apos;s set</source>
        <translation>保留服务器的集合</translation>
    </message>
    <message>
        <source>&amp;Decide later for all %1</source>
        <translation>全部稍后决定（%1 个）(&amp;D)</translation>
    </message>
    <message>
        <source>Decide later for all %1</source>
        <translation>全部稍后决定（%1 个）</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Cloud</source>
        <translation>连接到云</translation>
    </message>
    <message>
        <source>Connect to cloud</source>
        <translation>连接到云</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>浏览 %1</translation>
    </message>
    <message>
        <source>&amp;Clouds (clouds.yaml, OS_* variables):</source>
        <translation>云(&amp;C)（clouds.yaml、OS_* 变量）：</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Auth URL</source>
        <translation>认证 URL</translation>
    </message>
    <message>
        <source>User / project</source>
        <translation>用户 / 项目</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>配置错误</translation>
    </message>
    <message>
        <source>Manual login</source>
        <translation>手动登录</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>认证类型</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation>应用凭据</translation>
    </message>
    <message>
        <source>Existing token</source>
        <translation>现有令牌</translation>
    </message>
    <message>
        <source>None (fixed endpoint)</source>
        <translation>无（固定端点）</translation>
    </message>
    <message>
        <source>https://keystone.example.com:5000/v3</source>
        <translation>https://keystone.example.com:5000/v3</translation>
    </message>
    <message>
        <source>Placement endpoint</source>
        <translation>Placement 端点</translation>
    </message>
    <message>
        <source>http://controller:8778</source>
        <translation>http://controller:8778</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User domain</source>
        <translation>用户域</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project domain</source>
        <translation>项目域</translation>
    </message>
    <message>
        <source>Application credential ID</source>
        <translation>应用凭据 ID</translation>
    </message>
    <message>
        <source>Application credential secret</source>
        <translation>应用凭据密钥</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Auth &amp;type:</source>
        <translation>认证类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation>认证 URL(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <translation>用户域(&amp;D)：</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>项目(&amp;J)：</translation>
    </message>
    <message>
        <source>Project do&amp;main:</source>
        <translation>项目域(&amp;M)：</translation>
    </message>
    <message>
        <source>Credential &amp;ID:</source>
        <translation>凭据 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Credential &amp;secret:</source>
        <translation>凭据密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>接口(&amp;I)：</translation>
    </message>
    <message>
        <source>from clouds.yaml / secure.yaml when empty</source>
        <translation>为空时取自 clouds.yaml / secure.yaml</translation>
    </message>
    <message>
        <source>Re&amp;member password in the system keyring</source>
        <translation>在系统密钥环中记住密码(&amp;M)</translation>
    </message>
    <message>
        <source>Remember password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <source>Checking for a system keyring…</source>
        <translation>正在检查系统密钥环…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>TLS (manual login)</source>
        <translation>TLS（手动登录）</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>&amp;Verify server certificates</source>
        <translation>验证服务器证书(&amp;V)</translation>
    </message>
    <message>
        <source>Verify server certificates</source>
        <translation>验证服务器证书</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA 证书包(&amp;B)：</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>客户端证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (with secure.yaml)</source>
        <translation>%1（含 secure.yaml）</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>typed in on the right</source>
        <translation>在右侧输入</translation>
    </message>
    <message>
        <source>Stores the password in the system keyring, never in Placement Desk&apos;s settings.</source>
        <translation>将密码存储在系统密钥环中，绝不存储在 Placement Desk 的设置中。</translation>
    </message>
    <message>
        <source>No system keyring is available (%1). Passwords are never stored in plain text, so it has to be typed at each login.</source>
        <translation>没有可用的系统密钥环（%1）。密码从不以明文存储，因此每次登录时都需要输入密码。</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>端点 URL</translation>
    </message>
    <message>
        <source>URL of the Placement API, for example http://controller:8778</source>
        <translation>Placement API 的 URL，例如 http://controller:8778</translation>
    </message>
    <message>
        <source>http://controller:8778</source>
        <translation>http://controller:8778</translation>
    </message>
    <message>
        <source>URL of the Placement API (http or https), including any path prefix</source>
        <translation>Placement API 的 URL（http 或 https），包括任何路径前缀</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Keystone token sent as X-Auth-Token; it is never saved</source>
        <translation>作为 X-Auth-Token 发送的 Keystone 令牌；从不保存</translation>
    </message>
    <message>
        <source>X-Auth-Token</source>
        <translation>X-Auth-Token</translation>
    </message>
    <message>
        <source>Keystone token sent as X-Auth-Token. It is kept in memory only, never saved.</source>
        <translation>作为 X-Auth-Token 发送的 Keystone 令牌。它仅保存在内存中，从不保存到磁盘。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Loads all resource providers and their aggregates</source>
        <translation>加载所有资源提供者及其聚合</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload providers and aggregates from this endpoint (F5)</source>
        <translation>从此端点重新加载提供者和聚合（F5）</translation>
    </message>
    <message>
        <source>Connect to this endpoint and load its providers (F5)</source>
        <translation>连接到此端点并加载其提供者（F5）</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>auth_url &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>auth_url &quot;%1&quot; 不是 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>The %1 login needs %2.</source>
        <comment>auth type, list of clouds.yaml keys</comment>
        <translation>%1 登录需要 %2。</translation>
    </message>
    <message>
        <source>The Placement endpoint &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>Placement 端点 &quot;%1&quot; 不是 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; is not one of public, internal or admin.</source>
        <translation>interface &quot;%1&quot; 不是 public、internal 或 admin 之一。</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>默认值</translation>
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
        <translation>环境变量（OS_*）</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>%1@%2</source>
        <comment>user@project</comment>
        <translation>%1@%2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>user@project on region</comment>
        <translation>%1（区域 %2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>description (cloud name)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message numerus="yes">
        <source>Nova: %n host aggregate(s), </source>
        <translation>
            <numerusform>Nova：%n 个主机聚合， </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compute node(s).</source>
        <translation>
            <numerusform>%n 个计算节点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nova&apos;s aggregate names and the drift report are not available. %1 Placement works as before.</source>
        <translation>Nova 的聚合名称和偏差报告不可用。%1 Placement 仍照常工作。</translation>
    </message>
    <message>
        <source>Nova: %1.</source>
        <translation>Nova：%1。</translation>
    </message>
    <message>
        <source>Nova: %1 failed: %2</source>
        <translation>Nova：%1 失败：%2</translation>
    </message>
    <message>
        <source>Nova %1 %2: %3 Retrying (attempt %4) in %5 s.</source>
        <translation>Nova %1 %2：%3 将在 %5 秒后重试（第 %4 次尝试）。</translation>
    </message>
    <message>
        <source>%1 %2: %3 Retrying (attempt %4) in %5 s.</source>
        <translation>%1 %2：%3 将在 %5 秒后重试（第 %4 次尝试）。</translation>
    </message>
    <message>
        <source>The provider cache was not saved: %1</source>
        <translation>提供者缓存未保存：%1</translation>
    </message>
    <message>
        <source>Pending edits could not be saved to disk: %1</source>
        <translation>无法将待提交的编辑保存到磁盘：%1</translation>
    </message>
    <message>
        <source>Signing in as %1.</source>
        <translation>正在以 %1 身份登录。</translation>
    </message>
    <message>
        <source>Signed in; Placement is at %1.</source>
        <translation>已登录；Placement 位于 %1。</translation>
    </message>
    <message>
        <source>Nova is at %1.</source>
        <translation>Nova 位于 %1。</translation>
    </message>
    <message>
        <source>Nova&apos;s aggregate names and the drift report are off: %1 Placement works as before.</source>
        <translation>Nova 的聚合名称和偏差报告已关闭：%1 Placement 仍照常工作。</translation>
    </message>
    <message numerus="yes">
        <source>Make Placement match Nova: %n pending edit(s) created; submit to send them.</source>
        <translation>
            <numerusform>使 Placement 与 Nova 一致：已创建 %n 个待提交的编辑；提交后即会发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make Nova match Placement: %n call(s) to Nova…</source>
        <translation>
            <numerusform>使 Nova 与 Placement 一致：正在对 Nova 进行 %n 次调用…</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider cache was not used: %1 Everything is read from the server.</source>
        <translation>未使用提供者缓存：%1 所有内容均从服务器读取。</translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n entry(ies) without a valid, unique provider UUID (%1); they are not shown and cannot be edited.</source>
        <translation>
            <numerusform>服务器列出的 %n 个条目没有有效且唯一的提供者 UUID（%1）；这些条目不会显示，也无法编辑。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading retried %n transient fault(s).</source>
        <translation>
            <numerusform>加载时重试了 %n 次暂时性故障。</numerusform>
        </translation>
    </message>
    <message>
        <source>Another Placement Desk window is editing this endpoint. This one keeps its own journal of pending edits; a later start offers both.</source>
        <translation>另一个 Placement Desk 窗口正在编辑此端点。此窗口会保留自己的待提交编辑日志；下次启动时会同时提供两者。</translation>
    </message>
    <message numerus="yes">
        <source>Restored edits for %n provider(s).</source>
        <translation>
            <numerusform>已恢复 %n 个提供者的编辑。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) already had them on the server.</source>
        <translation>
            <numerusform>%n 个提供者在服务器上已有这些更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could not be checked (%1): their edits are kept and offered again next time.</source>
        <translation>
            <numerusform>%n 个提供者无法检查（%1）：其编辑将保留，并在下次再次提供。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) were deleted on the server (%1): their edits are kept until you forget them.</source>
        <translation>
            <numerusform>%n 个提供者已在服务器上被删除（%1）：其编辑将保留，直到您舍弃它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitting edits for %n provider(s)…</source>
        <translation>
            <numerusform>正在提交 %n 个提供者的编辑…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) changed on the server</source>
        <translation>
            <numerusform>%n 个提供者在服务器上已更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with pending edits that Submit will check</source>
        <translation>
            <numerusform>其中 %n 个有待提交的编辑，提交时会进行检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n 个新增</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone</source>
        <translation>
            <numerusform>%n 个已消失</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live view: %1 (%n request(s)).</source>
        <translation>
            <numerusform>实时视图：%1（%n 个请求）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverVersionsJob</name>
    <message>
        <source>The server answered, but not with Placement&apos;s version document. Check that the URL is the Placement endpoint (for example http://controller:8778).</source>
        <translation>服务器已应答，但返回的不是 Placement 的版本文档。请检查该 URL 是否为 Placement 端点（例如 http://controller:8778）。</translation>
    </message>
    <message>
        <source>This Placement speaks microversions %1 to %2; Placement Desk needs a version between %3 (aggregates) and %4.</source>
        <translation>此 Placement 支持微版本 %1 到 %2；Placement Desk 需要介于 %3（聚合）和 %4 之间的版本。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 to the version request; it does not look like a Placement endpoint. Check the URL.</source>
        <translation>服务器对版本请求返回了 HTTP %1；它看起来不是 Placement 端点。请检查 URL。</translation>
    </message>
    <message>
        <source>the version document</source>
        <translation>版本文档</translation>
    </message>
</context>
<context>
    <name>DriftDock</name>
    <message>
        <source>Drift</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Make &amp;Placement Match Nova…</source>
        <translation>使 Placement 与 Nova 一致(&amp;P)…</translation>
    </message>
    <message>
        <source>Make &amp;Nova Match Placement…</source>
        <translation>使 Nova 与 Placement 一致(&amp;N)…</translation>
    </message>
    <message>
        <source>Drift between Nova and Placement</source>
        <translation>Nova 与 Placement 之间的偏差</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>偏差(&amp;D)</translation>
    </message>
    <message>
        <source>Drift summary</source>
        <translation>偏差摘要</translation>
    </message>
    <message>
        <source>Show drift of kind</source>
        <translation>显示的偏差类型</translation>
    </message>
    <message>
        <source>Drift columns</source>
        <translation>偏差列</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>水平滚动条</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>垂直滚动条</translation>
    </message>
    <message>
        <source>Make Placement match Nova</source>
        <translation>使 Placement 与 Nova 一致</translation>
    </message>
    <message>
        <source>Preview pending edits that put Placement&apos;s memberships where Nova&apos;s host aggregates say (the selected rows, or all).</source>
        <translation>预览待提交的编辑，使 Placement 的成员关系与 Nova 主机聚合所示一致（选中的行，或全部）。</translation>
    </message>
    <message>
        <source>Make Nova match Placement</source>
        <translation>使 Nova 与 Placement 一致</translation>
    </message>
    <message>
        <source>Preview add_host/remove_host calls that make Nova&apos;s host aggregates follow Placement (the selected rows, or all).</source>
        <translation>预览使 Nova 主机聚合与 Placement 保持一致的 add_host/remove_host 调用（选中的行，或全部）。</translation>
    </message>
    <message>
        <source>All kinds (%1)</source>
        <translation>所有类型（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nova is not connected: give a compute endpoint (compute_endpoint_override, --os-compute-endpoint-override) or use a cloud whose catalog lists Nova.</source>
        <translation>未连接 Nova：请提供计算端点（compute_endpoint_override、--os-compute-endpoint-override），或使用服务目录中列有 Nova 的云。</translation>
    </message>
    <message>
        <source>Reading Nova&apos;s host aggregates…</source>
        <translation>正在读取 Nova 的主机聚合…</translation>
    </message>
    <message>
        <source>Nova could not be read: %1</source>
        <translation>无法读取 Nova：%1</translation>
    </message>
    <message>
        <source>Nova and Placement agree on every host aggregate.</source>
        <translation>Nova 与 Placement 在所有主机聚合上均一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n Placement-only aggregate(s).</source>
        <translation>
            <numerusform>%n 个仅存在于 Placement 的聚合。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between Nova and Placement.</source>
        <translation>
            <numerusform>Nova 与 Placement 之间有 %n 处差异。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftModel</name>
    <message>
        <source>Drift</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>聚合</translation>
    </message>
    <message>
        <source>Nova host</source>
        <translation>Nova 主机</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>差异内容</translation>
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message>
        <source>provider &quot;%1&quot;, compute node &quot;%2&quot;</source>
        <translation>提供者 &quot;%1&quot;，计算节点 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>In Nova&apos;s aggregate, not in Placement&apos;s</source>
        <translation>在 Nova 的聚合中，不在 Placement 的聚合中</translation>
    </message>
    <message>
        <source>In Placement&apos;s aggregate, not in Nova&apos;s</source>
        <translation>在 Placement 的聚合中，不在 Nova 的聚合中</translation>
    </message>
    <message>
        <source>Placement only (no Nova aggregate)</source>
        <translation>仅 Placement（无 Nova 聚合）</translation>
    </message>
    <message>
        <source>Host only partly a member</source>
        <translation>主机仅部分为成员</translation>
    </message>
    <message>
        <source>Compute node without provider</source>
        <translation>计算节点无提供者</translation>
    </message>
    <message>
        <source>Provider named unlike its compute node</source>
        <translation>提供者名称与其计算节点不同</translation>
    </message>
    <message>
        <source>Member lacks the required trait</source>
        <translation>成员缺少所需特性</translation>
    </message>
    <message>
        <source>Host %1 is in Nova aggregate %2, but its provider %3 is not in the Placement aggregate.</source>
        <translation>主机 %1 在 Nova 聚合 %2 中，但其提供者 %3 不在该 Placement 聚合中。</translation>
    </message>
    <message>
        <source>Provider %1 is in Placement aggregate %2, but its host %3 is not in that Nova aggregate.</source>
        <translation>提供者 %1 在 Placement 聚合 %2 中，但其主机 %3 不在该 Nova 聚合中。</translation>
    </message>
    <message>
        <source>Placement aggregate %1 has no Nova aggregate; it may group sharing providers or network segments.</source>
        <translation>Placement 聚合 %1 没有对应的 Nova 聚合；它可能用于对共享提供者或网络段进行分组。</translation>
    </message>
    <message>
        <source>Host %1 is in Nova aggregate %2, but its node %3 is not in the Placement aggregate (Nova mirrors only a host&apos;s first node).</source>
        <translation>主机 %1 在 Nova 聚合 %2 中，但其节点 %3 不在该 Placement 聚合中（Nova 只镜像主机的第一个节点）。</translation>
    </message>
    <message>
        <source>Compute node %1 of host %2 has no resource provider in Placement.</source>
        <translation>主机 %2 的计算节点 %1 在 Placement 中没有资源提供者。</translation>
    </message>
    <message>
        <source>Host %1: %2. Nova finds providers by name, so its aggregate changes miss this one.</source>
        <translation>主机 %1：%2。Nova 按名称查找提供者，因此其聚合更改会遗漏此提供者。</translation>
    </message>
    <message>
        <source>Provider %1 is in %2, whose Nova metadata requires trait %3, but lacks that trait: with isolated aggregates only instances requiring %3 may land there, and Placement offers them only providers that have it, so this one takes none.</source>
        <translation>提供者 %1 属于 %2，该聚合的 Nova 元数据要求特性 %3，但此提供者缺少该特性：在隔离聚合中，只有要求 %3 的实例才能落在此处，而 Placement 只会为这些实例提供具有该特性的提供者，因此此提供者不会接收任何实例。</translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message numerus="yes">
        <source>%n other Placement Desk window(s) are editing this endpoint, so edits made here are not saved to disk until one of them closes.</source>
        <translation>
            <numerusform>另有 %n 个 Placement Desk 窗口正在编辑此端点，因此在其中一个关闭之前，此处所做的编辑不会保存到磁盘。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the edit journal.</source>
        <translation>无法为编辑日志创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not remove the edit journal %1.</source>
        <translation>无法删除编辑日志 %1。</translation>
    </message>
    <message>
        <source>Could not write the edit journal %1: %2</source>
        <translation>无法写入编辑日志 %1：%2</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>an entry is incomplete</source>
        <translation>某个条目不完整</translation>
    </message>
    <message>
        <source>Could not read the edit journal %1: %2</source>
        <translation>无法读取编辑日志 %1：%2</translation>
    </message>
    <message>
        <source>The saved pending edits in %1 were written by a newer version of Placement Desk. The file is left as it is, and edits made here are not saved to disk.</source>
        <translation>%1 中保存的待提交编辑是由更新版本的 Placement Desk 写入的。该文件保持原样，此处所做的编辑不会保存到磁盘。</translation>
    </message>
    <message>
        <source>The saved pending edits in %1 could not be read (%2), and the file could not be moved aside. It is left as it is, and edits made here are not saved to disk.</source>
        <translation>无法读取 %1 中保存的待提交编辑（%2），也无法将该文件移到一旁。该文件保持原样，此处所做的编辑不会保存到磁盘。</translation>
    </message>
    <message>
        <source>The saved pending edits could not be read (%1). The file was kept as %2.</source>
        <translation>无法读取保存的待提交编辑（%1）。该文件已保留为 %2。</translation>
    </message>
</context>
<context>
    <name>EndpointUrl</name>
    <message>
        <source>Enter the Placement endpoint URL, for example http://controller:8778.</source>
        <translation>请输入 Placement 端点 URL，例如 http://controller:8778。</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL; check it for spaces and other invalid characters.</source>
        <translation>“%1”不是有效的 URL；请检查其中是否有空格或其他无效字符。</translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; Placement is reached over http:// or https://.</source>
        <translation>“%1”使用的协议是“%2”；Placement 需通过 http:// 或 https:// 访问。</translation>
    </message>
    <message>
        <source>“%1” has no host name.</source>
        <translation>“%1”没有主机名。</translation>
    </message>
</context>
<context>
    <name>ErrorDetailsDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
    <message>
        <source>Error Details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Error summary</source>
        <translation>错误摘要</translation>
    </message>
    <message>
        <source>&amp;Full message:</source>
        <translation>完整消息(&amp;F)：</translation>
    </message>
    <message>
        <source>Full message</source>
        <translation>完整消息</translation>
    </message>
    <message>
        <source>Full error message</source>
        <translation>完整错误消息</translation>
    </message>
    <message>
        <source>&amp;Request ID:</source>
        <translation>请求 ID(&amp;R)：</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Placement&apos;s request ID, to find this request in the service log</source>
        <translation>Placement 的请求 ID，用于在服务日志中查找此请求</translation>
    </message>
    <message>
        <source>none (the request did not reach Placement)</source>
        <translation>无（请求未到达 Placement）</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <source>Copy all details</source>
        <translation>复制全部详情</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Complete server message:</source>
        <translation>服务器的完整消息：</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL：%1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>F&amp;ilter:</source>
        <translation>筛选(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Aggregate:</source>
        <translation>聚合(&amp;A)：</translation>
    </message>
    <message>
        <source>Only c&amp;hanged rows</source>
        <translation>仅显示已更改的行(&amp;H)</translation>
    </message>
    <message>
        <source>Only drif&amp;ting rows</source>
        <translation>仅显示有偏差的行(&amp;T)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选器</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter by name or UUID</source>
        <translation>按名称或 UUID 筛选</translation>
    </message>
    <message>
        <source>Shows only providers whose name or UUID contains this text</source>
        <translation>仅显示名称或 UUID 包含此文本的提供者</translation>
    </message>
    <message>
        <source>Clear filter text</source>
        <translation>清除筛选文本</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>聚合</translation>
    </message>
    <message>
        <source>Aggregate filter</source>
        <translation>聚合筛选</translation>
    </message>
    <message>
        <source>Shows all providers, or only the members or non-members of one aggregate</source>
        <translation>显示所有提供者，或仅显示某个聚合的成员或非成员</translation>
    </message>
    <message>
        <source>Only changed rows</source>
        <translation>仅显示已更改的行</translation>
    </message>
    <message>
        <source>Show only providers with pending edits</source>
        <translation>仅显示有待提交编辑的提供者</translation>
    </message>
    <message>
        <source>Only drifting rows</source>
        <translation>仅显示有偏差的行</translation>
    </message>
    <message>
        <source>Show only providers whose memberships differ from Nova&apos;s host aggregates (cells marked ≠)</source>
        <translation>仅显示成员关系与 Nova 主机聚合不同的提供者（标记为 ≠ 的单元格）</translation>
    </message>
    <message>
        <source>%1 (stored as %2)</source>
        <translation>%1（存储为 %2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>Member of %1</source>
        <translation>%1 的成员</translation>
    </message>
    <message>
        <source>Providers in aggregate %1</source>
        <translation>聚合 %1 中的提供者</translation>
    </message>
    <message>
        <source>Not member of %1</source>
        <translation>非 %1 的成员</translation>
    </message>
    <message>
        <source>Providers not in aggregate %1</source>
        <translation>不在聚合 %1 中的提供者</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>所有提供者</translation>
    </message>
    <message>
        <source>Do not filter by aggregate</source>
        <translation>不按聚合筛选</translation>
    </message>
</context>
<context>
    <name>GetAggregatesJob</name>
    <message>
        <source>The aggregate list from the server does not have the shape Placement sends.</source>
        <translation>服务器返回的聚合列表不符合 Placement 应有的格式。</translation>
    </message>
</context>
<context>
    <name>GetInventoriesJob</name>
    <message>
        <source>one provider&apos;s inventories</source>
        <translation>某个资源提供者的库存</translation>
    </message>
    <message>
        <source>the provider&apos;s inventories</source>
        <translation>该资源提供者的库存</translation>
    </message>
</context>
<context>
    <name>GetTraitsJob</name>
    <message>
        <source>one provider&apos;s traits</source>
        <translation>某个资源提供者的特征</translation>
    </message>
    <message>
        <source>the provider&apos;s traits</source>
        <translation>该资源提供者的特征</translation>
    </message>
</context>
<context>
    <name>GetUsagesJob</name>
    <message>
        <source>one provider&apos;s usages</source>
        <translation>某个资源提供者的用量</translation>
    </message>
    <message>
        <source>the provider&apos;s usages</source>
        <translation>该资源提供者的用量</translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n provider(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个提供者导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could not be read; their state column says why.</source>
        <translation>
            <numerusform>%n 个提供者无法读取；其状态列说明了原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already so</source>
        <translation>
            <numerusform>%n 行已是目标状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has problems; nothing was applied. Fix them, or import it in the window to apply its valid part.</source>
        <translation>计划存在问题；未应用任何内容。请修复这些问题，或在窗口中导入该计划以应用其有效部分。</translation>
    </message>
    <message>
        <source>Saved edits of an earlier session wait for this endpoint; open the window to restore or discard them, then apply the plan.</source>
        <translation>此端点有之前会话保存的编辑等待处理；请打开窗口恢复或丢弃这些编辑，然后再应用计划。</translation>
    </message>
    <message>
        <source>The edit journal is not recording; nothing was applied.</source>
        <translation>编辑日志未在记录；未应用任何内容。</translation>
    </message>
    <message>
        <source>This server is below microversion 1.19 and cannot detect concurrent changes; apply the plan from the window, which asks first.</source>
        <translation>此服务器低于微版本 1.19，无法检测并发更改；请从窗口中应用该计划，窗口会先进行询问。</translation>
    </message>
    <message>
        <source>None of the plan&apos;s edits changes the table any more.</source>
        <translation>计划中的编辑均已不会再更改表格。</translation>
    </message>
    <message>
        <source>The edits could not be submitted.</source>
        <translation>无法提交这些编辑。</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) left pending in the journal; open the window to see why and submit them.</source>
        <translation>
            <numerusform>%n 个编辑仍在编辑日志中待提交；请打开窗口查看原因并提交它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>The load was canceled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <source>Nova could not be read (%1); aggregates are written without Nova&apos;s names.</source>
        <translation>无法读取 Nova（%1）；写入的聚合不带 Nova 名称。</translation>
    </message>
    <message>
        <source>--export and --plan need a server: --endpoint with --token, or a cloud (--os-cloud).</source>
        <translation>--export 和 --plan 需要服务器：--endpoint 加 --token，或一个云（--os-cloud）。</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&amp;Undo as Pending Edits</source>
        <translation>作为待提交的编辑撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>History of confirmed changes</source>
        <translation>已确认更改的历史</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜索历史</translation>
    </message>
    <message>
        <source>Search provider, aggregate, user, request ID…</source>
        <translation>搜索资源提供者、聚合、用户、请求 ID…</translation>
    </message>
    <message>
        <source>History summary</source>
        <translation>历史摘要</translation>
    </message>
    <message>
        <source>Confirmed changes</source>
        <translation>已确认的更改</translation>
    </message>
    <message>
        <source>History columns</source>
        <translation>历史列</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>水平滚动条</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>垂直滚动条</translation>
    </message>
    <message>
        <source>Undo the selected changes as pending edits</source>
        <translation>将所选更改作为待提交的编辑撤销</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>将历史导出为 CSV</translation>
    </message>
    <message>
        <source>Turn the selected changes back into pending edits against what the table shows now; review them, then Submit. Nothing is sent yet.</source>
        <translation>根据表格当前显示的内容，将所选更改转换回待提交的编辑；请检查后再提交。目前尚未发送任何内容。</translation>
    </message>
    <message>
        <source>Write the changes the search shows as CSV.</source>
        <translation>将搜索结果中显示的更改写入 CSV。</translation>
    </message>
    <message numerus="yes">
        <source>%n pending edit(s) undo the selected change(s); review them and Submit.</source>
        <translation>
            <numerusform>%n 个待提交的编辑将撤销所选更改；请检查后提交。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed change(s) on this cloud.</source>
        <translation>
            <numerusform>此云上有 %n 个已确认的更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n confirmed change(s) match.</source>
        <translation>
            <numerusform>%n 个已确认的更改中有 %1 个匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the changes to undo first.</source>
        <translation>请先选择要撤销的更改。</translation>
    </message>
    <message>
        <source>A submit is running; undo from the history after it.</source>
        <translation>正在提交；请在提交完成后再从历史中撤销。</translation>
    </message>
    <message>
        <source>Not in the table or not editable now: %1.</source>
        <translation>不在表格中或当前不可编辑：%1。</translation>
    </message>
    <message>
        <source>The table already shows the state before the selected change(s); nothing to undo.</source>
        <translation>表格已显示所选更改之前的状态；无需撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Undo %n change(s) from the history</source>
        <translation>
            <numerusform>从历史中撤销 %n 个更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>导出历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the history to %1.</source>
        <translation>已将历史写入 %1。</translation>
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
        <translation>（成员关系无变化）</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Resent</source>
        <translation>已重新发送</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation>服务器上已存在</translation>
    </message>
    <message>
        <source>The server accepted the change as sent.</source>
        <translation>服务器已按发送的内容接受该更改。</translation>
    </message>
    <message>
        <source>Resent after the provider&apos;s generation moved without membership changes.</source>
        <translation>资源提供者的代数已变化但成员关系未变，因此已重新发送。</translation>
    </message>
    <message>
        <source>Someone else had changed the provider too; both changes were merged.</source>
        <translation>其他人也修改了该资源提供者；双方的更改已合并。</translation>
    </message>
    <message>
        <source>Someone else had changed the provider too; their set was replaced.</source>
        <translation>其他人也修改了该资源提供者；其设置的聚合集合已被替换。</translation>
    </message>
    <message>
        <source>A re-read found the server already holding the change (an answer was lost).</source>
        <translation>重新读取时发现服务器已包含该更改（有一个响应丢失了）。</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>之前：%1
之后：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>资源提供者</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Microversion</source>
        <translation>微版本</translation>
    </message>
</context>
<context>
    <name>HttpJob</name>
    <message>
        <source>no answer; taken back to be sent again</source>
        <translation>无应答；已收回以便重新发送</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>%n 秒内未收到完整应答。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirected the request to %2 (HTTP %3). Redirects are not followed, so the token stays with the host it was meant for; use that URL as the endpoint if you trust it.</source>
        <translation>%1 将请求重定向到 %2（HTTP %3）。重定向不会被跟随，以确保令牌只发送给预期的主机；如果您信任该 URL，请将其用作端点。</translation>
    </message>
    <message>
        <source>answer too large; refused</source>
        <translation>应答过大；已拒绝</translation>
    </message>
    <message>
        <source>no complete answer before the deadline</source>
        <translation>截止时间前未收到完整应答</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeded %1 and was refused.</source>
        <translation>服务器的应答超过 %1，已被拒绝。</translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeded %1, the limit for %2, and was refused.</source>
        <translation>服务器的应答超过了 %2 的上限 %1，已被拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent no complete answer within %n second(s).</source>
        <translation>
            <numerusform>%1 在 %n 秒内未发送完整应答。</numerusform>
        </translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
</context>
<context>
    <name>KeystoneSession</name>
    <message>
        <source>Not logged in to Keystone.</source>
        <translation>未登录 Keystone。</translation>
    </message>
    <message>
        <source>The token was rejected and this login (%1) cannot renew it. Connect again.</source>
        <translation>令牌被拒绝，且此登录方式（%1）无法续期令牌。请重新连接。</translation>
    </message>
    <message>
        <source>This connection has no service catalog; set compute_endpoint_override to use Nova.</source>
        <translation>此连接没有服务目录；要使用 Nova，请设置 compute_endpoint_override。</translation>
    </message>
    <message>
        <source>Keystone rejected application credential &quot;%1&quot; (HTTP 401): the secret is wrong, or the credential was deleted or has expired.</source>
        <translation>Keystone 拒绝了应用凭据 &quot;%1&quot;（HTTP 401）：密钥错误，或该凭据已被删除或已过期。</translation>
    </message>
    <message>
        <source>Keystone rejected the token (HTTP 401): it has expired or was revoked, or it may not be used for this project. Log in again.</source>
        <translation>Keystone 拒绝了令牌（HTTP 401）：令牌已过期或已被吊销，或不能用于此项目。请重新登录。</translation>
    </message>
    <message>
        <source>Keystone rejected the login of user &quot;%1&quot; (domain &quot;%2&quot;) with HTTP 401: the password is wrong, the user or its domain does not exist, or the account is disabled or locked.</source>
        <translation>Keystone 以 HTTP 401 拒绝了用户 &quot;%1&quot;（域 &quot;%2&quot;）的登录：密码错误、用户或其域不存在，或账户已被禁用或锁定。</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>project &quot;%1&quot; in domain &quot;%2&quot;</source>
        <translation>域 &quot;%2&quot; 中的项目 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot;</source>
        <translation>域 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the system scope</source>
        <translation>系统范围</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; logged in, but may not use %2: it does not exist, or the user has no role on it (HTTP 401).</source>
        <translation>用户 &quot;%1&quot; 已登录，但不能使用%2：它不存在，或该用户在其上没有角色（HTTP 401）。</translation>
    </message>
    <message>
        <source>The user has no role on any project.</source>
        <translation>该用户在任何项目上都没有角色。</translation>
    </message>
    <message>
        <source>Projects this user has a role on: %1.</source>
        <translation>该用户拥有角色的项目：%1。</translation>
    </message>
    <message>
        <source>%1 (domain %2)</source>
        <comment>project (domain id)</comment>
        <translation>%1（域 %2）</translation>
    </message>
</context>
<context>
    <name>KeystoneStatus</name>
    <message>
        <source>Keystone wants a second factor for this user (multi-factor authentication), which Placement Desk does not support. Use an application credential instead.</source>
        <translation>Keystone 要求此用户提供第二个认证因素（多因素认证），而 Placement Desk 不支持此功能。请改用应用凭据。</translation>
    </message>
    <message>
        <source>Keystone at %1 rejected the login request as invalid (HTTP 400). Check the user, project and domain settings.</source>
        <translation>%1 上的 Keystone 认为登录请求无效并予以拒绝（HTTP 400）。请检查用户、项目和域设置。</translation>
    </message>
    <message>
        <source>Keystone at %1 refused this login (HTTP 403): the user or application credential may not get a token for this scope.</source>
        <translation>%1 上的 Keystone 拒绝了此次登录（HTTP 403）：该用户或应用凭据不能获取此范围的令牌。</translation>
    </message>
    <message>
        <source>There is no Keystone v3 API at %1 (HTTP %2). Check auth_url, for example https://keystone.example.com:5000/v3.</source>
        <translation>%1 上没有 Keystone v3 API（HTTP %2）。请检查 auth_url，例如 https://keystone.example.com:5000/v3。</translation>
    </message>
    <message>
        <source>Keystone at %1 redirected the login (HTTP %2); logins are not followed to another address. Use the final URL as auth_url.</source>
        <translation>%1 上的 Keystone 重定向了登录（HTTP %2）；登录不会被跟随到其他地址。请将最终 URL 用作 auth_url。</translation>
    </message>
    <message>
        <source>Keystone at %1 failed to handle the login (HTTP %2). Try again later, or check Keystone&apos;s log.</source>
        <translation>%1 上的 Keystone 处理登录失败（HTTP %2）。请稍后重试，或检查 Keystone 的日志。</translation>
    </message>
    <message>
        <source>Keystone at %1 answered the login with HTTP %2.</source>
        <translation>位于 %1 的 Keystone 对登录请求返回了 HTTP %2。</translation>
    </message>
    <message>
        <source>Keystone at %1 answered HTTP %2.</source>
        <translation>位于 %1 的 Keystone 返回了 HTTP %2。</translation>
    </message>
    <message>
        <source>Keystone: %1</source>
        <translation>Keystone：%1</translation>
    </message>
    <message>
        <source>The secure connection to Keystone at %1 failed: %2</source>
        <translation>与位于 %1 的 Keystone 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>Cannot reach Keystone at %1: %2. Check auth_url and that Keystone is running.</source>
        <translation>无法连接位于 %1 的 Keystone：%2。请检查 auth_url 以及 Keystone 是否正在运行。</translation>
    </message>
</context>
<context>
    <name>KeystoneToken</name>
    <message>
        <source>Keystone issued a token that expires before it was issued (issued at %1, expires at %2), so it cannot be used. Keystone&apos;s clock or its token expiration setting is wrong.</source>
        <translation>Keystone 签发的令牌在签发之前就已过期（签发于 %1，过期于 %2），因此无法使用。Keystone 的时钟或其令牌过期设置有误。</translation>
    </message>
</context>
<context>
    <name>KeystoneTokenJob</name>
    <message>
        <source>%1 answered the login, but not like Keystone v3 (no X-Subject-Token header or no token in the body). Check auth_url.</source>
        <translation>%1 响应了登录请求，但其响应不像 Keystone v3（没有 X-Subject-Token 标头或正文中没有令牌）。请检查 auth_url。</translation>
    </message>
</context>
<context>
    <name>ListHypervisorsJob</name>
    <message>
        <source>a page of Nova&apos;s hypervisor list</source>
        <translation>Nova 虚拟机管理程序列表的一页</translation>
    </message>
    <message>
        <source>Nova&apos;s hypervisor list does not have the shape Nova sends (2.53 or later).</source>
        <translation>Nova 的虚拟机管理程序列表不符合 Nova 发送的格式（2.53 或更高版本）。</translation>
    </message>
</context>
<context>
    <name>ListNovaAggregatesJob</name>
    <message>
        <source>Nova&apos;s aggregate list</source>
        <translation>Nova 的聚合列表</translation>
    </message>
    <message>
        <source>Nova&apos;s aggregate list does not have the shape Nova sends.</source>
        <translation>Nova 的聚合列表不符合 Nova 发送的格式。</translation>
    </message>
</context>
<context>
    <name>ListProvidersJob</name>
    <message>
        <source>The provider list from the server does not have the shape Placement sends.</source>
        <translation>服务器返回的资源提供者列表不符合 Placement 发送的格式。</translation>
    </message>
    <message>
        <source>the provider list</source>
        <translation>资源提供者列表</translation>
    </message>
</context>
<context>
    <name>LiveRefresher</name>
    <message>
        <source>The live view needs microversion 1.19 (generations on aggregates); this server offers %1.</source>
        <translation>实时视图需要微版本 1.19（聚合的代数）；此服务器提供的是 %1。</translation>
    </message>
</context>
<context>
    <name>LoadFilterDialog</name>
    <message>
        <source>Load Only</source>
        <translation>仅加载</translation>
    </message>
    <message>
        <source>Load only</source>
        <translation>仅加载</translation>
    </message>
    <message>
        <source>Ask the server for the matching providers only: a filtered load of a large cloud is quick. Fields left empty do not filter.</source>
        <translation>只向服务器请求匹配的资源提供者：在大型云中按条件加载很快。留空的字段不参与过滤。</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>资源提供者名称</translation>
    </message>
    <message>
        <source>exact name, e.g. compute-17</source>
        <translation>精确名称，例如 compute-17</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>聚合</translation>
    </message>
    <message>
        <source>UUIDs or names, separated by commas</source>
        <translation>UUID 或名称，以逗号分隔</translation>
    </message>
    <message>
        <source>In the tree of</source>
        <translation>位于此树中</translation>
    </message>
    <message>
        <source>a provider&apos;s name or UUID</source>
        <translation>资源提供者的名称或 UUID</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>特性</translation>
    </message>
    <message>
        <source>e.g. HW_CPU_X86_AVX2, !CUSTOM_MAINTENANCE</source>
        <translation>例如 HW_CPU_X86_AVX2, !CUSTOM_MAINTENANCE</translation>
    </message>
    <message>
        <source>Free resources</source>
        <translation>空闲资源</translation>
    </message>
    <message>
        <source>e.g. VCPU:4, MEMORY_MB:8192</source>
        <translation>例如 VCPU:4, MEMORY_MB:8192</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>成员关系</translation>
    </message>
    <message>
        <source>Member of any of</source>
        <translation>属于其中任一</translation>
    </message>
    <message>
        <source>Member of all of</source>
        <translation>属于其中全部</translation>
    </message>
    <message>
        <source>Member of none of</source>
        <translation>不属于其中任何一个</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Aggregates:</source>
        <translation>聚合(&amp;A)：</translation>
    </message>
    <message>
        <source>In &amp;tree of:</source>
        <translation>位于树中(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;raits:</source>
        <translation>特性(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation>资源(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>Load &amp;Everything</source>
        <translation>全部加载(&amp;E)</translation>
    </message>
    <message>
        <source>Clear every filter and load all providers</source>
        <translation>清除所有过滤条件并加载全部资源提供者</translation>
    </message>
    <message>
        <source>No aggregate is called “%1”; give its UUID.</source>
        <translation>没有名为“%1”的聚合；请给出其 UUID。</translation>
    </message>
    <message>
        <source>No provider is called “%1”; give its UUID.</source>
        <translation>没有名为“%1”的资源提供者；请给出其 UUID。</translation>
    </message>
    <message>
        <source>“%1” is not a trait name (letters, digits and _; ! in front forbids it).</source>
        <translation>“%1”不是特性名称（字母、数字和 _；前面加 ! 表示排除）。</translation>
    </message>
    <message>
        <source>“%1” is not CLASS:AMOUNT (e.g. VCPU:4).</source>
        <translation>“%1”不是 类别:数量 的形式（例如 VCPU:4）。</translation>
    </message>
    <message>
        <source>%1 needs microversion %2; this server offers %3.</source>
        <translation>%1 需要微版本 %2；此服务器提供 %3。</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>需要 %1</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to the endpoint and load providers and aggregates; again on the same endpoint, read only what changed (F5)</source>
        <translation>连接到端点并加载资源提供者和聚合；对同一端点再次执行时，只读取发生变化的部分（F5）</translation>
    </message>
    <message>
        <source>Reload &amp;All</source>
        <translation>全部重新加载(&amp;A)</translation>
    </message>
    <message>
        <source>Read every provider&apos;s aggregates again, not only what changed (Shift+F5)</source>
        <translation>重新读取每个资源提供者的聚合，而不只是发生变化的部分（Shift+F5）</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>停止加载(&amp;S)</translation>
    </message>
    <message>
        <source>Stop loading; rows read so far stay (Esc)</source>
        <translation>停止加载；已读取的行将保留（Esc）</translation>
    </message>
    <message>
        <source>Connect to &amp;Cloud…</source>
        <translation>连接到云(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign in to an OpenStack cloud from clouds.yaml or by hand, through Keystone (Ctrl+O)</source>
        <translation>通过 Keystone 登录 OpenStack 云，可使用 clouds.yaml 或手动输入（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Disconnect from Cloud</source>
        <translation>断开与云的连接(&amp;D)</translation>
    </message>
    <message>
        <source>End the Keystone session; the endpoint and token fields are editable again</source>
        <translation>结束 Keystone 会话；端点和令牌字段将重新可编辑</translation>
    </message>
    <message>
        <source>&amp;Import Aggregate Labels…</source>
        <translation>导入聚合标签(&amp;I)…</translation>
    </message>
    <message>
        <source>Read local labels of aggregates from a JSON or YAML file a colleague exported</source>
        <translation>从同事导出的 JSON 或 YAML 文件中读取聚合的本地标签</translation>
    </message>
    <message>
        <source>&amp;Export Aggregate Labels…</source>
        <translation>导出聚合标签(&amp;E)…</translation>
    </message>
    <message>
        <source>Write this cloud&apos;s local aggregate labels to a JSON or YAML file to share them</source>
        <translation>将此云的本地聚合标签写入 JSON 或 YAML 文件以便共享</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the providers the filter shows, with their aggregates, to a CSV or JSON file</source>
        <translation>将筛选器显示的资源提供者及其聚合写入 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>Export &amp;Pending Edits…</source>
        <translation>导出待提交的编辑(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the pending edits of the rows the filter shows to a CSV or JSON file</source>
        <translation>将筛选器显示的行中待提交的编辑写入 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>Import P&amp;lan…</source>
        <translation>导入计划(&amp;L)…</translation>
    </message>
    <message>
        <source>Read edits from a CSV or JSON plan, preview them, and make them pending edits (one undo step)</source>
        <translation>从 CSV 或 JSON 计划中读取编辑，预览后将其作为待提交的编辑（一个撤销步骤）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Filter Providers</source>
        <translation>筛选资源提供者(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选器(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add to Aggregate…</source>
        <translation>添加到聚合(&amp;A)…</translation>
    </message>
    <message>
        <source>Add the selected providers to an aggregate (Ctrl++ or Ctrl+=)</source>
        <translation>将所选资源提供者添加到聚合（Ctrl++ 或 Ctrl+=）</translation>
    </message>
    <message>
        <source>Re&amp;move from Aggregate…</source>
        <translation>从聚合中移除(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected providers from an aggregate (Ctrl+-)</source>
        <translation>将所选资源提供者从聚合中移除（Ctrl+-）</translation>
    </message>
    <message>
        <source>&amp;New Aggregate…</source>
        <translation>新建聚合(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a column for a new aggregate UUID (Ctrl+N)</source>
        <translation>为新的聚合 UUID 添加一列（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Submit Changes</source>
        <translation>提交更改(&amp;S)</translation>
    </message>
    <message>
        <source>Send every pending edit to Placement (Ctrl+Return)</source>
        <translation>将所有待提交的编辑发送到 Placement（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Merge Conflicts Automatically</source>
        <translation>自动合并冲突(&amp;M)</translation>
    </message>
    <message>
        <source>When another writer changed a provider&apos;s aggregates too, apply my edits on top without asking</source>
        <translation>当其他写入者也更改了资源提供者的聚合时，不经询问直接将我的编辑应用在其之上</translation>
    </message>
    <message>
        <source>&amp;Go to Aggregate…</source>
        <translation>转到聚合(&amp;G)…</translation>
    </message>
    <message>
        <source>Find an aggregate column by name or UUID and scroll to it (Ctrl+G)</source>
        <translation>按名称或 UUID 查找聚合列并滚动到该列（Ctrl+G）</translation>
    </message>
    <message>
        <source>Com&amp;pact Aggregate Columns</source>
        <translation>紧凑显示聚合列(&amp;P)</translation>
    </message>
    <message>
        <source>Aggregate columns as narrow as their check boxes; names in the header tooltips</source>
        <translation>聚合列仅与其复选框同宽；名称显示在表头工具提示中</translation>
    </message>
    <message>
        <source>Mark All &amp;Seen</source>
        <translation>全部标记为已查看(&amp;S)</translation>
    </message>
    <message>
        <source>Clear every &quot;changed on server&quot; mark of the live view</source>
        <translation>清除实时视图中所有“服务器上已更改”标记</translation>
    </message>
    <message>
        <source>&amp;About Placement Desk</source>
        <translation>关于 Placement Desk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>Every &amp;30 Seconds</source>
        <translation>每 30 秒(&amp;3)</translation>
    </message>
    <message>
        <source>Every &amp;Minute</source>
        <translation>每分钟(&amp;M)</translation>
    </message>
    <message>
        <source>Every &amp;5 Minutes</source>
        <translation>每 5 分钟(&amp;5)</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>&amp;Live View</source>
        <translation>实时视图(&amp;L)</translation>
    </message>
    <message>
        <source>Refresh in the background and mark rows someone else changed; pending edits stay</source>
        <translation>在后台刷新并标记他人更改过的行；待提交的编辑保持不变</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>更多工具栏操作</translation>
    </message>
    <message>
        <source>Load &amp;Only…</source>
        <translation>仅加载(&amp;O)…</translation>
    </message>
    <message>
        <source>Ask the server for some providers only: by name, aggregates, tree, traits or free resources (Ctrl+L)</source>
        <translation>只向服务器请求部分资源提供者：按名称、聚合、树、特性或空闲资源（Ctrl+L）</translation>
    </message>
    <message>
        <source>Connect to Cloud…</source>
        <comment>toolbar button</comment>
        <translation>连接到云…</translation>
    </message>
    <message>
        <source>Add to Aggregate…</source>
        <comment>toolbar button</comment>
        <translation>添加到聚合…</translation>
    </message>
    <message>
        <source>Remove from Aggregate…</source>
        <comment>toolbar button</comment>
        <translation>从聚合中移除…</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <source>Server version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>资源提供者</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>聚合</translation>
    </message>
    <message>
        <source>Row problems</source>
        <translation>行问题</translation>
    </message>
    <message>
        <source>Pending edits</source>
        <translation>待提交的编辑</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>实时视图</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
    <message>
        <source>Load progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>取消加载</translation>
    </message>
    <message>
        <source>Stops the load; the rows read so far stay (Esc)</source>
        <translation>停止加载；已读取的行将保留（Esc）</translation>
    </message>
    <message>
        <source>Stop loading; rows read so far stay (Esc)</source>
        <translation>停止加载；已读取的行将保留（Esc）</translation>
    </message>
    <message>
        <source>Rows whose aggregates could not be read; see the Status column</source>
        <translation>无法读取其聚合的行；请查看“状态”列</translation>
    </message>
    <message>
        <source>Edits not submitted yet; see the Pending changes panel</source>
        <translation>尚未提交的编辑；请查看“待提交的更改”面板</translation>
    </message>
    <message>
        <source>Placement %1 (server %2–%3)</source>
        <translation>Placement %1（服务器 %2–%3）</translation>
    </message>
    <message>
        <source>Microversion in use: %1. The server offers %2 to %3.</source>
        <translation>正在使用的微版本：%1。服务器提供 %2 至 %3。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n 个资源提供者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n provider(s) shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个资源提供者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aggregate(s)</source>
        <translation>
            <numerusform>%n 个聚合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n 个已删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not loaded</source>
        <translation>
            <numerusform>%n 个未加载</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between row problem counts</comment>
        <translation>， </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) changed</source>
        <translation>
            <numerusform>%n 个资源提供者已更改</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between pending counts</comment>
        <translation>， </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n 项编辑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n provider(s)</source>
        <translation>
            <numerusform>%1 / %n 个资源提供者</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in to Keystone…</source>
        <translation>正在登录 Keystone…</translation>
    </message>
    <message>
        <source>Signing in to Keystone at %1…</source>
        <translation>正在登录位于 %1 的 Keystone…</translation>
    </message>
    <message>
        <source>Sign-in canceled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Asking %1 for its API versions…</source>
        <translation>正在向 %1 查询其 API 版本…</translation>
    </message>
    <message>
        <source>Listing providers…</source>
        <translation>正在列出资源提供者…</translation>
    </message>
    <message>
        <source>Listing resource providers…</source>
        <translation>正在列出资源提供者…</translation>
    </message>
    <message>
        <source>Reading each provider&apos;s aggregates…</source>
        <translation>正在读取每个资源提供者的聚合…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n provider(s) as cached on %1; verifying with the server…</source>
        <translation>
            <numerusform>正在显示 %1 时缓存的 %n 个资源提供者；正在与服务器核对…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load canceled: aggregates of %1 of %n provider(s) read.</source>
        <translation>
            <numerusform>加载已取消：已读取 %n 个资源提供者中 %1 个的聚合。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n provider(s) in %1 s with %2: %3 re-read, the rest unchanged.</source>
        <translation>
            <numerusform>已刷新 %n 个资源提供者，耗时 %1 秒，共 %2：重新读取 %3 个，其余未变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n provider(s) in %1 s with %2.</source>
        <translation>
            <numerusform>已加载 %n 个资源提供者，耗时 %1 秒，共 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Load failed.</source>
        <translation>加载失败。</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Submitting pending edits…</source>
        <translation>正在提交待提交的编辑…</translation>
    </message>
    <message>
        <source>Live view: the refresh failed: %1</source>
        <translation>实时视图：刷新失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from cache, verifying…</source>
        <translation>
            <numerusform>%n 行来自缓存，正在核对…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from cache, not verified</source>
        <translation>
            <numerusform>%n 行来自缓存，未经核对</numerusform>
        </translation>
    </message>
    <message>
        <source>These rows show what the server held when the cache was saved (%1). They cannot be edited until a refresh has checked them (F5).</source>
        <translation>这些行显示的是保存缓存时（%1）服务器上的数据。在刷新核对之前（F5）无法编辑。</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed in the background every %n second(s); last checked at %1 with %2. Marked rows were changed by someone else; selecting a row clears its mark.</source>
        <translation>
            <numerusform>每 %n 秒在后台刷新一次；上次检查于 %1，共 %2。带标记的行已被他人更改；选择某行即可清除其标记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed in the background every %n second(s); not checked yet.</source>
        <translation>
            <numerusform>每 %n 秒在后台刷新一次；尚未检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Server-side filter</source>
        <translation>服务器端过滤</translation>
    </message>
    <message>
        <source>Loaded with server-side filters: %1. File &gt; Load Only… changes them; “Load Everything” there clears them.</source>
        <translation>已按服务器端过滤条件加载：%1。“文件 &gt; 仅加载…”可修改条件；其中的“全部加载”可清除条件。</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n changed on server</source>
        <translation>
            <numerusform>实时：%n 个在服务器上被更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Live view on</source>
        <translation>实时视图已开启</translation>
    </message>
    <message>
        <source>Loaded only: %1</source>
        <translation>仅加载了：%1</translation>
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
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Resize window</source>
        <translation>调整窗口大小</translation>
    </message>
    <message numerus="yes">
        <source>Every %n Second(s)</source>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live view: refreshing every %n second(s) in the background.</source>
        <translation>
            <numerusform>实时视图：每 %n 秒在后台刷新一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>主区域</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>安全警告</translation>
    </message>
    <message>
        <source>Docked panels</source>
        <translation>停靠面板</translation>
    </message>
    <message>
        <source>Aborting the requests on the wire; their rows are read again next time.</source>
        <translation>正在中止传输中的请求；其对应的行将在下次重新读取。</translation>
    </message>
    <message>
        <source>Canceling: no new requests start; those on the wire finish (Cancel again aborts them)…</source>
        <translation>正在取消：不再发起新请求，传输中的请求将完成（再次取消则中止它们）…</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>停止加载(&amp;S)</translation>
    </message>
    <message>
        <source>Stop loading; rows read so far stay (Esc)</source>
        <translation>停止加载；已读取的行将保留（Esc）</translation>
    </message>
    <message>
        <source>Cancel &amp;Submit</source>
        <translation>取消提交(&amp;S)</translation>
    </message>
    <message>
        <source>No new requests start; those on the wire finish, and pressing again aborts them (Esc)</source>
        <translation>不再发起新请求，传输中的请求将完成；再次按下则中止它们（Esc）</translation>
    </message>
    <message>
        <source>&amp;Stop Nova Calls</source>
        <translation>停止调用 Nova(&amp;S)</translation>
    </message>
    <message>
        <source>No further call to Nova; the one on the wire finishes (Esc)</source>
        <translation>不再调用 Nova；传输中的调用将完成（Esc）</translation>
    </message>
    <message numerus="yes">
        <source>The aggregates of %n provider(s) could not be read.</source>
        <translation>
            <numerusform>无法读取 %n 个资源提供者的聚合。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) were deleted on the server while loading.</source>
        <translation>
            <numerusform>加载期间，服务器上有 %n 个资源提供者被删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Status column and its tooltips say why.</source>
        <translation>“状态”列及其工具提示说明了原因。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Enter the Placement endpoint and a token above, then press Connect (F5).</source>
        <translation>请在上方输入 Placement 端点和令牌，然后按“连接”（F5）。</translation>
    </message>
    <message>
        <source>Nothing loaded.</source>
        <translation>未加载任何内容。</translation>
    </message>
    <message>
        <source>This Placement has no resource providers.</source>
        <translation>此 Placement 中没有资源提供者。</translation>
    </message>
    <message>
        <source>No provider matches the filter.</source>
        <translation>没有与筛选器匹配的资源提供者。</translation>
    </message>
    <message>
        <source>%1 — Placement Desk</source>
        <translation>%1 — Placement Desk</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>That provider is not in the table.</source>
        <translation>该资源提供者不在表格中。</translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <source>Column %1.</source>
        <translation>第 %1 列。</translation>
    </message>
    <message>
        <source>Nothing to change: the selected providers already are as asked.</source>
        <translation>无需更改：所选资源提供者已符合要求。</translation>
    </message>
    <message>
        <source>Copy UUID</source>
        <translation>复制 UUID</translation>
    </message>
    <message>
        <source>Normalize Spelling to %1…</source>
        <translation>将写法统一为 %1…</translation>
    </message>
    <message>
        <source>Make Placement Match Nova…</source>
        <translation>使 Placement 与 Nova 一致…</translation>
    </message>
    <message>
        <source>Make Nova Match Placement…</source>
        <translation>使 Nova 与 Placement 一致…</translation>
    </message>
    <message>
        <source>Edit Local &amp;Label…</source>
        <translation>编辑本地标签(&amp;L)…</translation>
    </message>
    <message>
        <source>Set Local &amp;Label…</source>
        <translation>设置本地标签(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove Local Label</source>
        <translation>移除本地标签</translation>
    </message>
    <message>
        <source>Local Label</source>
        <translation>本地标签</translation>
    </message>
    <message>
        <source>Nova calls aggregate %1 &quot;%2&quot;; its name stays in the header.</source>
        <translation>Nova 将聚合 %1 称为“%2”；表头中仍显示该名称。</translation>
    </message>
    <message>
        <source>A name for aggregate %1, which Nova does not know.</source>
        <translation>为 Nova 不知道的聚合 %1 命名。</translation>
    </message>
    <message numerus="yes">
        <source>Kept on this computer for this cloud, not in Placement; an empty label removes it (at most %n character(s)).</source>
        <translation>
            <numerusform>保存在本计算机上、针对此云，而不是保存在 Placement 中；标签留空即将其移除（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Aggregate %1 is labelled “%2” on this computer.</source>
        <translation>聚合 %1 在本计算机上的标签为“%2”。</translation>
    </message>
    <message>
        <source>Nothing to normalize: no loaded provider uses another spelling of this UUID.</source>
        <translation>无需统一：没有已加载的资源提供者使用此 UUID 的其他写法。</translation>
    </message>
    <message>
        <source>Normalize Spelling</source>
        <translation>统一写法</translation>
    </message>
    <message numerus="yes">
        <source>Move %n provider(s) to the spelling %1?</source>
        <translation>
            <numerusform>将 %n 个资源提供者改用写法 %1？</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement keeps each spelling as its own aggregate: this removes them from %1 and adds them to %2. Nothing is sent until you submit, and Undo reverts it in one step.</source>
        <translation>Placement 将每种写法视为单独的聚合：此操作会将它们从 %1 中移除并添加到 %2。在您提交之前不会发送任何内容，“撤销”可一步还原。</translation>
    </message>
    <message>
        <source>Label files (*.json *.yaml *.yml)</source>
        <translation>标签文件 (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Aggregate Labels</source>
        <translation>导入聚合标签</translation>
    </message>
    <message>
        <source>Export Aggregate Labels</source>
        <translation>导出聚合标签</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>用于电子表格的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON for scripts (*.json)</source>
        <translation>用于脚本的 JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Export Pending Edits</source>
        <translation>导出待提交的编辑</translation>
    </message>
    <message>
        <source>The table was not exported.</source>
        <translation>表格未导出。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n provider(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个资源提供者导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the rows the filter shows.</source>
        <translation>仅包含筛选器显示的行。</translation>
    </message>
    <message>
        <source>The pending edits were not exported.</source>
        <translation>待提交的编辑未导出。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pending edit(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 项待提交的编辑导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only those of the rows the filter shows.</source>
        <translation>仅包含筛选器显示的行中的编辑。</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <source>Plans (*.csv *.json)</source>
        <translation>计划 (*.csv *.json)</translation>
    </message>
    <message>
        <source>The plan could not be read.</source>
        <translation>无法读取该计划。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>This file is not a plan.</source>
        <translation>此文件不是计划。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>The plan changes nothing: the table already is as it says (%n line(s)).</source>
        <translation>
            <numerusform>该计划不会更改任何内容：表格已与其所述一致（%n 行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan has no usable edit; %n line(s) have problems.</source>
        <translation>
            <numerusform>该计划没有可用的编辑；%n 行存在问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan makes %n pending edit(s):</source>
        <translation>
            <numerusform>该计划将产生 %n 项待提交的编辑：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have problems and are left out (see Details). </source>
        <translation>
            <numerusform>%n 行存在问题，已被略去（请查看“详细信息”）。 </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is sent until you submit, and Undo takes the whole plan back.</source>
        <translation>在您提交之前不会发送任何内容，“撤销”可撤回整个计划。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pending edit(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 项待提交的编辑。</numerusform>
        </translation>
    </message>
    <message>
        <source>No labels were imported.</source>
        <translation>未导入任何标签。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n aggregate label(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个聚合标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing label(s) replaced.</source>
        <translation>
            <numerusform>已替换 %n 个现有标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>The labels were not exported.</source>
        <translation>标签未导出。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n aggregate label(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个聚合标签导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>MembershipPlan</name>
    <message>
        <source>The plan is larger than 32 MiB.</source>
        <translation>该计划大于 32 MiB。</translation>
    </message>
    <message>
        <source>Not a JSON plan: %1.</source>
        <translation>不是 JSON 计划：%1。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>Not a plan: no &quot;edits&quot; list.</source>
        <translation>不是计划：没有 &quot;edits&quot; 列表。</translation>
    </message>
    <message>
        <source>The plan has more than a million edits.</source>
        <translation>该计划包含的编辑超过一百万项。</translation>
    </message>
    <message>
        <source>Not a plan: the first line must name the columns provider, action and aggregate.</source>
        <translation>不是计划：第一行必须列出 provider、action 和 aggregate 这几列。</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>带引号的字段未闭合。</translation>
    </message>
    <message>
        <source>The action must be add or remove, not “%1”.</source>
        <translation>操作必须是 add 或 remove，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 names %2 providers; use the UUID.</source>
        <translation>%1 对应 %2 个资源提供者；请使用 UUID。</translation>
    </message>
    <message>
        <source>No provider %1 in the table.</source>
        <translation>表格中没有资源提供者 %1。</translation>
    </message>
    <message>
        <source>Provider %1 is not loaded (or is being submitted): it cannot be checked.</source>
        <translation>资源提供者 %1 未加载（或正在提交）：无法检查。</translation>
    </message>
    <message>
        <source>%1 is not stored in this spelling; the table has it as %2. Placement keeps each spelling as its own aggregate: a removal names the exact string.</source>
        <translation>%1 并非以此写法存储；表格中的写法为 %2。Placement 将每种写法视为单独的聚合：移除操作必须给出确切的字符串。</translation>
    </message>
    <message>
        <source>%1 is stored in several spellings (%2); name the exact one.</source>
        <translation>%1 以多种写法存储（%2）；请给出确切的写法。</translation>
    </message>
    <message>
        <source>%1 names %2 aggregates; use the UUID.</source>
        <translation>%1 对应 %2 个聚合；请使用 UUID。</translation>
    </message>
    <message>
        <source>%1 is neither an aggregate UUID nor a name the table knows.</source>
        <translation>%1 既不是聚合 UUID，也不是表格已知的名称。</translation>
    </message>
    <message>
        <source>Provider %1 and aggregate %2 come twice.</source>
        <translation>资源提供者 %1 与聚合 %2 出现了两次。</translation>
    </message>
    <message>
        <source>Provider %1 is not in aggregate %2: nothing to remove.</source>
        <translation>资源提供者 %1 不在聚合 %2 中：无可移除。</translation>
    </message>
    <message numerus="yes">
        <source>Import plan (%n edit(s))</source>
        <translation>
            <numerusform>导入计划（%n 项编辑）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipTableModel</name>
    <message>
        <source>Availability zone %1: Nova asks Placement for members of this aggregate when an instance requests that zone.</source>
        <translation>可用区 %1：当实例请求该可用区时，Nova 会向 Placement 查询此聚合的成员。</translation>
    </message>
    <message>
        <source>Tenant isolation (filter_tenant_id): instances of %1 are placed on members only.</source>
        <translation>租户隔离（filter_tenant_id）：%1 的实例只会放置在成员上。</translation>
    </message>
    <message>
        <source>Required-trait isolation: only instances that require %1 may land on members; a member provider without the trait gets none of them.</source>
        <translation>必需特性隔离：只有需要 %1 的实例才能落到成员上；缺少该特性的成员资源提供者不会获得任何此类实例。</translation>
    </message>
    <message>
        <source>Nova aggregate %1</source>
        <translation>Nova 聚合 %1</translation>
    </message>
    <message>
        <source>Nova aggregate %1 (availability zone %2)</source>
        <translation>Nova 聚合 %1（可用区 %2）</translation>
    </message>
    <message>
        <source>Placement aggregate %1</source>
        <translation>Placement 聚合 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in Placement</source>
        <translation>
            <numerusform>Placement 中有 %n 个成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) in Nova</source>
        <translation>
            <numerusform>Nova 中有 %n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>元数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) lack %1 and so take no instance (see the Drift panel).</source>
        <translation>
            <numerusform>%n 个成员缺少 %1，因此不会接收任何实例（请查看“偏差”面板）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aggregate %1
%n member(s)</source>
        <translation>
            <numerusform>聚合 %1
%n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (local label)</source>
        <translation>%1（本地标签）</translation>
    </message>
    <message>
        <source>Placement only: Nova has no host aggregate with this UUID (it may group sharing providers or network segments, or be a hand edit).</source>
        <translation>仅存在于 Placement：Nova 中没有具有此 UUID 的主机聚合（它可能用于对共享资源提供者或网络分段进行分组，也可能是手动编辑的结果）。</translation>
    </message>
    <message>
        <source>Local label %1, kept on this computer (Nova&apos;s name is shown).</source>
        <translation>本地标签 %1，保存在本计算机上（显示的是 Nova 中的名称）。</translation>
    </message>
    <message>
        <source>The local label is kept on this computer, not in Placement; File &gt; Export Aggregate Labels shares it.</source>
        <translation>本地标签保存在本计算机上，而不是 Placement 中；可通过“文件 &gt; 导出聚合标签”共享。</translation>
    </message>
    <message>
        <source>Same UUID, stored in another spelling as: %1. Placement treats each spelling as a separate aggregate; &quot;Normalize Spelling&quot; moves the memberships to one.</source>
        <translation>同一 UUID 还以另一种写法存储为：%1。Placement 将每种写法视为单独的聚合；“统一写法”可将成员关系移到同一种写法下。</translation>
    </message>
    <message>
        <source>+%1 −%2</source>
        <comment>pending additions and removals</comment>
        <translation>+%1 −%2</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Submit failed: %1</source>
        <translation>提交失败：%1</translation>
    </message>
    <message>
        <source>Unknown: re-read before the next submit</source>
        <translation>未知：下次提交前将重新读取</translation>
    </message>
    <message>
        <source>Changed on server; Submit will check: %1</source>
        <translation>服务器上已更改；提交时将检查：%1</translation>
    </message>
    <message>
        <source>Changed on server</source>
        <translation>服务器上已更改</translation>
    </message>
    <message>
        <source>Changed on server; re-based: %1</source>
        <translation>服务器上已更改；已基于服务器数据重新应用：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>待提交：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>已在服务器上删除</translation>
    </message>
    <message>
        <source>Deleted on the server; edits kept: %1</source>
        <translation>已在服务器上删除；编辑已保留：%1</translation>
    </message>
    <message>
        <source>Not loaded (canceled)</source>
        <translation>未加载（已取消）</translation>
    </message>
    <message>
        <source>Cached, unverified</source>
        <translation>已缓存，未核对</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Changed on the server since you last looked (live view):</source>
        <translation>自您上次查看以来服务器上的更改（实时视图）：</translation>
    </message>
    <message>
        <source>added to %1</source>
        <translation>已添加到 %1</translation>
    </message>
    <message>
        <source>removed from %1</source>
        <translation>已从 %1 移除</translation>
    </message>
    <message>
        <source>Your pending edits still apply to the set you loaded: Submit finds the change and merges or asks, as for any conflict.</source>
        <translation>您待提交的编辑仍基于您加载时的集合：提交时会发现此更改，并像处理其他冲突一样进行合并或询问。</translation>
    </message>
    <message>
        <source>Your pending edits now apply on top of the server&apos;s set.</source>
        <translation>您待提交的编辑现在基于服务器的集合应用。</translation>
    </message>
    <message>
        <source>%1
UUID: %2</source>
        <translation>%1
UUID：%2</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>父级：%1</translation>
    </message>
    <message>
        <source>Generation: %1</source>
        <translation>代数：%1</translation>
    </message>
    <message>
        <source>%1: membership of %2 not known</source>
        <translation>%1：%2 的成员关系未知</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>偏差：%1</translation>
    </message>
    <message>
        <source>%1 will be added to %2 (pending)</source>
        <translation>%1 将被添加到 %2（待提交）</translation>
    </message>
    <message>
        <source>%1 will be removed from %2 (pending)</source>
        <translation>%1 将从 %2 中移除（待提交）</translation>
    </message>
    <message>
        <source>%1 is a member of %2</source>
        <translation>%1 是 %2 的成员</translation>
    </message>
    <message>
        <source>%1 is not a member of %2</source>
        <translation>%1 不是 %2 的成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1‡%2</source>
        <translation>%1‡%2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1”‡%2</source>
        <translation>“%1”‡%2</translation>
    </message>
    <message>
        <source>Aggregate %1 (%2)</source>
        <translation>聚合 %1（%2）</translation>
    </message>
    <message>
        <source>Aggregate %1, local label %2</source>
        <translation>聚合 %1，本地标签 %2</translation>
    </message>
    <message>
        <source>Aggregate %1</source>
        <translation>聚合 %1</translation>
    </message>
    <message>
        <source>%1, same UUID as %2</source>
        <translation>%1，与 %2 的 UUID 相同</translation>
    </message>
</context>
<context>
    <name>MembershipTableView</name>
    <message>
        <source>Providers and aggregates</source>
        <translation>资源提供者与聚合</translation>
    </message>
    <message>
        <source>One row per resource provider, one check column per aggregate; a checked cell means the provider is a member of that aggregate.</source>
        <translation>每行对应一个资源提供者，每个复选列对应一个聚合；选中的单元格表示该资源提供者是该聚合的成员。</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>行标题</translation>
    </message>
    <message>
        <source>Scroll columns</source>
        <translation>滚动列</translation>
    </message>
    <message>
        <source>Scroll rows</source>
        <translation>滚动行</translation>
    </message>
    <message>
        <source>Provider names</source>
        <translation>资源提供者名称</translation>
    </message>
    <message>
        <source>The name column, kept in view while the aggregate columns scroll</source>
        <translation>名称列，在聚合列滚动时保持可见</translation>
    </message>
    <message>
        <source>Name column header</source>
        <translation>名称列标题</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>消息图标</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息文本</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Shows the full error with Placement&apos;s message and request ID</source>
        <translation>显示完整错误，包括 Placement 的消息和请求 ID</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>message level: message text</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>NewAggregateDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>New Aggregate</source>
        <translation>新建聚合</translation>
    </message>
    <message>
        <source>New aggregate</source>
        <translation>新建聚合</translation>
    </message>
    <message>
        <source>Paste the UUID of an aggregate, or generate a new one. Placement creates an aggregate when the first provider is added to it.</source>
        <translation>粘贴聚合的 UUID，或生成一个新的 UUID。当第一个资源提供者被添加到聚合时，Placement 会创建该聚合。</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;UUID:</source>
        <translation>UUID(&amp;U)：</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Aggregate UUID</source>
        <translation>聚合 UUID</translation>
    </message>
    <message>
        <source>Paste a UUID or press Generate</source>
        <translation>粘贴 UUID 或按“生成”</translation>
    </message>
    <message>
        <source>Generate a new UUID</source>
        <translation>生成新的 UUID</translation>
    </message>
    <message>
        <source>Fill in a new random UUID</source>
        <translation>填入一个新的随机 UUID</translation>
    </message>
    <message>
        <source>Validation status</source>
        <translation>验证状态</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>验证消息</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Add aggregate</source>
        <translation>添加聚合</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Any spelling works: upper or lower case, with or without dashes, in braces or as urn:uuid:…</source>
        <translation>任何写法均可：大写或小写、带或不带连字符、放在花括号中或写成 urn:uuid:…</translation>
    </message>
    <message>
        <source>Not a valid UUID: %1</source>
        <translation>不是有效的 UUID：%1</translation>
    </message>
    <message>
        <source>Aggregate %1 is already present.</source>
        <translation>聚合 %1 已存在。</translation>
    </message>
    <message>
        <source>Will be added as %1</source>
        <translation>将添加为 %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>it contains a space; a UUID has only hexadecimal digits (0-9, a-f) and dashes.</source>
        <translation>其中包含空格；UUID 只包含十六进制数字（0-9、a-f）和连字符。</translation>
    </message>
    <message>
        <source>“%1” is not a hexadecimal digit (0-9, a-f).</source>
        <translation>“%1”不是十六进制数字（0-9、a-f）。</translation>
    </message>
    <message numerus="yes">
        <source>it has %n hexadecimal digit(s); a UUID has 32.</source>
        <translation>
            <numerusform>它有 %n 个十六进制数字；UUID 应有 32 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NovaJob</name>
    <message>
        <source>a Nova answer</source>
        <translation>Nova 的响应</translation>
    </message>
    <message>
        <source>Nova at %1 did not accept the token (HTTP 401).</source>
        <translation>位于 %1 的 Nova 不接受该令牌（HTTP 401）。</translation>
    </message>
    <message>
        <source>Nova at %1 refused this token (HTTP 403): reading host aggregates and hypervisors needs Nova&apos;s admin role.</source>
        <translation>位于 %1 的 Nova 拒绝了此令牌（HTTP 403）：读取主机聚合和虚拟机管理程序需要 Nova 的管理员角色。</translation>
    </message>
    <message>
        <source>Nova at %1 has no such resource (HTTP 404).</source>
        <translation>位于 %1 的 Nova 上没有此资源（HTTP 404）。</translation>
    </message>
    <message>
        <source>Nova at %1 refused the change (HTTP 409).</source>
        <translation>位于 %1 的 Nova 拒绝了此更改（HTTP 409）。</translation>
    </message>
    <message>
        <source>Nova at %1 failed to handle the request (HTTP %2). Check nova-api&apos;s log.</source>
        <translation>位于 %1 的 Nova 无法处理该请求（HTTP %2）。请检查 nova-api 的日志。</translation>
    </message>
    <message>
        <source>Nova at %1 answered HTTP %2.</source>
        <translation>位于 %1 的 Nova 返回了 HTTP %2。</translation>
    </message>
    <message>
        <source>Connection refused by %1. Is Nova&apos;s API (nova-api) running there, on this port?</source>
        <translation>%1 拒绝了连接。Nova 的 API（nova-api）是否在该主机的此端口上运行？</translation>
    </message>
    <message>
        <source>Nova: %1</source>
        <translation>Nova：%1</translation>
    </message>
    <message>
        <source>The answer is not the JSON Nova sends (%1).</source>
        <translation>该响应不是 Nova 发送的 JSON（%1）。</translation>
    </message>
</context>
<context>
    <name>NovaLoader</name>
    <message numerus="yes">
        <source>Nova&apos;s hypervisor list does not end (%n page(s) read).</source>
        <translation>
            <numerusform>Nova 的虚拟机管理程序列表没有结束（已读取 %n 页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NovaVersionsJob</name>
    <message>
        <source>The compute endpoint answered, but not with Nova&apos;s version document. Check compute_endpoint_override or the catalog&apos;s compute entry (for example http://controller:8774/v2.1).</source>
        <translation>计算端点有响应，但返回的不是 Nova 的版本文档。请检查 compute_endpoint_override 或服务目录中的 compute 条目（例如 http://controller:8774/v2.1）。</translation>
    </message>
    <message>
        <source>This Nova speaks microversions %1 to %2; Placement Desk needs %3 or later (aggregate UUIDs) to match Nova&apos;s aggregates with Placement&apos;s.</source>
        <translation>此 Nova 支持微版本 %1 至 %2；Placement Desk 需要 %3 或更高版本（聚合 UUID）才能将 Nova 的聚合与 Placement 的聚合对应起来。</translation>
    </message>
</context>
<context>
    <name>OperatorPrompts</name>
    <message numerus="yes">
        <source>You have %n unsubmitted edit(s). Submit them before closing?</source>
        <translation>
            <numerusform>您有 %n 项未提交的编辑。关闭前要提交吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsubmitted edit(s). A refresh reloads every row. Submit them first?</source>
        <translation>
            <numerusform>您有 %n 项未提交的编辑。刷新会重新加载每一行。要先提交吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubmitted Edits</source>
        <translation>未提交的编辑</translation>
    </message>
    <message>
        <source>Apply submits them, Discard drops them, Cancel keeps everything.</source>
        <translation>“应用”将提交它们，“丢弃”将放弃它们，“取消”将保持一切不变。</translation>
    </message>
    <message>
        <source>Submit Without Conflict Detection</source>
        <translation>在无冲突检测的情况下提交</translation>
    </message>
    <message>
        <source>This Placement server is older than microversion 1.19 and cannot detect concurrent changes. If someone else changes the same providers&apos; aggregates meanwhile, their changes can be lost (overwritten by yours).

Submit anyway?</source>
        <translation>此 Placement 服务器早于微版本 1.19，无法检测并发更改。如果在此期间其他人更改了相同资源提供者的聚合，他们的更改可能会丢失（被您的更改覆盖）。

仍要提交吗？</translation>
    </message>
    <message>
        <source>Submit Running</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>A submit is still running. Close anyway?</source>
        <translation>提交仍在进行中。仍要关闭吗？</translation>
    </message>
    <message>
        <source>Requests on the wire are aborted. Providers whose update may have reached the server are read again before their next submit, and every edit the server has not confirmed stays saved and is offered when you start again.</source>
        <translation>传输中的请求将被中止。更新可能已到达服务器的资源提供者会在下次提交前重新读取，所有未经服务器确认的编辑都会保存下来，并在您下次启动时提供恢复。</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>未保存的编辑</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n unsaved edit(s) from the last session?</source>
        <translation>
            <numerusform>要恢复上次会话中 %n 项未保存的编辑吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They were made on %n provider(s) and are re-applied on top of what the server holds now.</source>
        <translation>
            <numerusform>这些编辑涉及 %n 个资源提供者，将在服务器当前数据的基础上重新应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted Providers</source>
        <translation>已删除的资源提供者</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) with saved edits were deleted on the server: %1.</source>
        <translation>
            <numerusform>有 %n 个带有已保存编辑的资源提供者已在服务器上被删除：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget their saved edits? No keeps them and asks again next time.</source>
        <translation>要丢弃它们已保存的编辑吗？选择“否”将保留这些编辑，并在下次再次询问。</translation>
    </message>
    <message>
        <source>Submit Failures</source>
        <translation>提交失败</translation>
    </message>
    <message>
        <source>These providers were not updated; their edits stay pending.</source>
        <translation>这些资源提供者未被更新；它们的编辑仍待提交。</translation>
    </message>
    <message>
        <source>About Placement Desk</source>
        <translation>关于 Placement Desk</translation>
    </message>
    <message>
        <source>Placement Desk %1

Shows which OpenStack resource providers belong to which aggregates, as OpenStack Placement reports them.

Built with Qt %2.</source>
        <translation>Placement Desk %1

显示 OpenStack 资源提供者分别属于哪些聚合（以 OpenStack Placement 报告的为准）。

基于 Qt %2 构建。</translation>
    </message>
</context>
<context>
    <name>PendingChangesDock</name>
    <message>
        <source>Pending Changes</source>
        <translation>待提交的更改</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>待提交的更改</translation>
    </message>
    <message>
        <source>Pending changes per provider</source>
        <translation>各资源提供者待提交的更改</translation>
    </message>
    <message>
        <source>Pending changes columns</source>
        <translation>待提交的更改列</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>水平滚动条</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>垂直滚动条</translation>
    </message>
    <message>
        <source>&amp;Discard Selected</source>
        <translation>丢弃所选(&amp;D)</translation>
    </message>
    <message>
        <source>Discard selected</source>
        <translation>丢弃所选</translation>
    </message>
    <message>
        <source>Drop the pending edits of the selected providers</source>
        <translation>丢弃所选资源提供者的待提交编辑</translation>
    </message>
    <message>
        <source>Discard A&amp;ll</source>
        <translation>全部丢弃(&amp;L)</translation>
    </message>
    <message>
        <source>Discard all</source>
        <translation>全部丢弃</translation>
    </message>
    <message>
        <source>Drop every pending edit</source>
        <translation>丢弃所有待提交的编辑</translation>
    </message>
    <message>
        <source>&amp;Pending Changes</source>
        <translation>待提交的更改(&amp;P)</translation>
    </message>
    <message>
        <source>Discard All Edits</source>
        <translation>丢弃所有编辑</translation>
    </message>
    <message numerus="yes">
        <source>Discard all %n pending edit(s)? This cannot be undone.</source>
        <translation>
            <numerusform>要丢弃全部 %n 项待提交的编辑吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingChangesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>已在服务器上删除</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待提交</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Unknown: re-read before the next submit</source>
        <translation>未知：下次提交前将重新读取</translation>
    </message>
    <message>
        <source>%1
UUID: %2</source>
        <translation>%1
UUID：%2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>资源提供者</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>待添加</translation>
    </message>
    <message>
        <source>To remove</source>
        <translation>待移除</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PlacementJob</name>
    <message>
        <source>The server&apos;s answer is not the JSON Placement sends (%1).</source>
        <translation>服务器的响应不是 Placement 发送的 JSON（%1）。</translation>
    </message>
    <message>
        <source>one provider&apos;s aggregates</source>
        <translation>单个资源提供者的聚合</translation>
    </message>
    <message>
        <source>Is this a Placement endpoint?</source>
        <translation>这是 Placement 端点吗？</translation>
    </message>
    <message>
        <source>The server&apos;s answer for %1 does not have the shape Placement sends.</source>
        <translation>服务器对 %1 的响应不符合 Placement 发送的格式。</translation>
    </message>
</context>
<context>
    <name>ProviderCache</name>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>%1 belongs to another user.</source>
        <translation>%1 属于其他用户。</translation>
    </message>
    <message>
        <source>Others can write to %1.</source>
        <translation>其他用户可以写入 %1。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 大于 %2 MiB。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Placement Desk.</source>
        <translation>%1 是由更新版本的 Placement Desk 写入的。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The table is larger than the cache keeps (%1 MiB); it is not cached.</source>
        <translation>表格大于缓存可保存的上限（%1 MiB）；未缓存。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>大于 %1 MiB</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>不是 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>not a provider cache</source>
        <translation>不是资源提供者缓存</translation>
    </message>
    <message>
        <source>no valid format version</source>
        <translation>没有有效的格式版本</translation>
    </message>
    <message>
        <source>written by a newer version (format %1)</source>
        <translation>由更新的版本写入（格式 %1）</translation>
    </message>
    <message>
        <source>the table of another endpoint</source>
        <translation>属于另一个端点的表格</translation>
    </message>
    <message>
        <source>no valid time of saving</source>
        <translation>没有有效的保存时间</translation>
    </message>
    <message>
        <source>no aggregate list</source>
        <translation>没有聚合列表</translation>
    </message>
    <message>
        <source>aggregate %1 is not a UUID</source>
        <translation>聚合 %1 不是 UUID</translation>
    </message>
    <message>
        <source>aggregate %1 is listed twice</source>
        <translation>聚合 %1 被列出了两次</translation>
    </message>
    <message>
        <source>no provider list</source>
        <translation>没有资源提供者列表</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>资源提供者 %1</translation>
    </message>
    <message>
        <source>%1 is not [uuid, name, generation, parent, root, aggregates]</source>
        <translation>%1 不是 [uuid, name, generation, parent, root, aggregates]</translation>
    </message>
    <message>
        <source>%1 has no valid UUID</source>
        <translation>%1 没有有效的 UUID</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 被列出了两次</translation>
    </message>
    <message>
        <source>%1 has no valid name</source>
        <translation>%1 没有有效的名称</translation>
    </message>
    <message>
        <source>%1 has no valid generation</source>
        <translation>%1 没有有效的代数</translation>
    </message>
    <message>
        <source>%1 has an invalid parent or root</source>
        <translation>%1 的父级或根无效</translation>
    </message>
    <message>
        <source>%1 has no aggregate list</source>
        <translation>%1 没有聚合列表</translation>
    </message>
    <message>
        <source>%1 names an aggregate that is not in the list</source>
        <translation>%1 引用了不在列表中的聚合</translation>
    </message>
    <message>
        <source>%1 names one aggregate twice</source>
        <translation>%1 两次引用了同一个聚合</translation>
    </message>
</context>
<context>
    <name>ProviderContextDock</name>
    <message>
        <source>Provider</source>
        <translation>资源提供者</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Inventories and usage</source>
        <translation>库存和用量</translation>
    </message>
    <message>
        <source>Re&amp;read</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <source>Provider context</source>
        <translation>资源提供者上下文</translation>
    </message>
    <message>
        <source>&amp;Provider Context</source>
        <translation>资源提供者上下文(&amp;P)</translation>
    </message>
    <message>
        <source>Place in the provider tree</source>
        <translation>在资源提供者树中的位置</translation>
    </message>
    <message>
        <source>Aggregates of the provider</source>
        <translation>资源提供者的聚合</translation>
    </message>
    <message>
        <source>Provider details status</source>
        <translation>资源提供者详情状态</translation>
    </message>
    <message>
        <source>Inventory columns</source>
        <translation>库存列</translation>
    </message>
    <message>
        <source>Read the provider&apos;s details again</source>
        <translation>重新读取资源提供者的详情</translation>
    </message>
    <message>
        <source>Read this provider&apos;s inventories, usages and traits from the server again.</source>
        <translation>从服务器重新读取此资源提供者的库存、用量和特征。</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>聚合</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>垂直滚动条</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>水平滚动条</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a provider to see its inventories, usage, traits, tree and aggregates.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一个资源提供者以查看其库存、用量、特征、树和聚合。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Generation %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;代数 %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>父级：%1</translation>
    </message>
    <message>
        <source>Root: %1</source>
        <translation>根：%1</translation>
    </message>
    <message>
        <source>A root provider.</source>
        <translation>根资源提供者。</translation>
    </message>
    <message numerus="yes">
        <source>%n child provider(s): %1</source>
        <translation>
            <numerusform>%n 个子资源提供者：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>(zone %1)</source>
        <translation>（可用区 %1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;+ %1&lt;/b&gt; (pending)</source>
        <translation>&lt;b&gt;+ %1&lt;/b&gt;（待提交）</translation>
    </message>
    <message>
        <source>&lt;s&gt;%1&lt;/s&gt; (pending removal)</source>
        <translation>&lt;s&gt;%1&lt;/s&gt;（待移除）</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not read yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;尚未读取。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;In no aggregate.&lt;/i&gt;</source>
        <translation>&lt;i&gt;不属于任何聚合。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Reading inventories, usage and traits…</source>
        <translation>正在读取库存、用量和特征…</translation>
    </message>
    <message>
        <source>Traits (%1)</source>
        <translation>特征（%1）</translation>
    </message>
    <message numerus="yes">
        <source>— %n missing for aggregate isolation</source>
        <translation>
            <numerusform>— 聚合隔离缺少 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Read at generation %1.</source>
        <translation>读取时的代数为 %1。</translation>
    </message>
    <message>
        <source>Traits need microversion %1; the server speaks %2.</source>
        <translation>特征需要微版本 %1；服务器支持 %2。</translation>
    </message>
    <message>
        <source>Could not read the provider&apos;s details: %1</source>
        <translation>无法读取资源提供者的详情：%1</translation>
    </message>
</context>
<context>
    <name>ProviderInventoryModel</name>
    <message>
        <source>%1–%2, step %3</source>
        <translation>%1–%2，步长 %3</translation>
    </message>
    <message>
        <source>%1 of %2 used; capacity = (total %3 − reserved %4) × allocation ratio %5</source>
        <translation>已用 %1 / %2；容量 = (总量 %3 − 预留 %4) × 分配比率 %5</translation>
    </message>
    <message>
        <source>One allocation takes between min_unit and max_unit, in multiples of step_size.</source>
        <translation>单次分配的数量介于 min_unit 和 max_unit 之间，且为 step_size 的整数倍。</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总量</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>ProviderLoader</name>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 需要 %2</translation>
    </message>
    <message>
        <source>This server speaks microversion %1 at most, too old for the filter: %2.</source>
        <translation>此服务器最高只支持微版本 %1，不支持该过滤条件：%2。</translation>
    </message>
</context>
<context>
    <name>ProviderTraitsModel</name>
    <message>
        <source>%1 — missing; required by %2</source>
        <translation>%1 — 缺失；%2 要求</translation>
    </message>
    <message>
        <source>%1 — required by %2</source>
        <translation>%1 — %2 要求</translation>
    </message>
    <message>
        <source>The aggregate&apos;s Nova metadata says trait:%1=required, so with isolated aggregates Nova places only instances that require %1 there, and Placement offers them only members that have it. This provider lacks it: it takes no instance through %2.</source>
        <translation>该聚合的 Nova 元数据声明 trait:%1=required，因此在聚合隔离下，Nova 只会将要求 %1 的实例放置到其中，而 Placement 也只会向这些实例提供具有该特征的成员。此资源提供者缺少该特征：它不会通过 %2 接收任何实例。</translation>
    </message>
    <message>
        <source>Required by the Nova metadata of %1 (trait:%2=required).</source>
        <translation>%1 的 Nova 元数据要求此特征（trait:%2=required）。</translation>
    </message>
    <message>
        <source>A custom trait (set by an operator or a tool, not by os-traits).</source>
        <translation>自定义特征（由运维人员或工具设置，而非来自 os-traits）。</translation>
    </message>
</context>
<context>
    <name>PutAggregatesJob</name>
    <message>
        <source>The server accepted the change but its answer does not have the shape Placement sends; reload to see the current state.</source>
        <translation>服务器已接受此更改，但其响应不符合 Placement 发送的格式；请重新加载以查看当前状态。</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Make Nova Match Placement</source>
        <translation>使 Nova 与 Placement 一致</translation>
    </message>
    <message>
        <source>Make Placement Match Nova</source>
        <translation>使 Placement 与 Nova 一致</translation>
    </message>
    <message>
        <source>These calls go to Nova one by one when you confirm; Nova then updates Placement itself, and both are read again afterwards.</source>
        <translation>确认后，这些调用将逐一发送到 Nova；随后 Nova 会自行更新 Placement，之后会重新读取两者。</translation>
    </message>
    <message>
        <source>These become ordinary pending edits when you confirm: review them in Pending Changes and submit as usual. Undo reverts them in one step.</source>
        <translation>确认后，这些将成为普通的待提交编辑：请在“待提交的更改”中检查，并照常提交。“撤销”可一步还原。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Change columns</source>
        <translation>更改列</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Nova aggregate %1 (id %2, UUID %3)</source>
        <translation>Nova 聚合 %1（id %2，UUID %3）</translation>
    </message>
    <message>
        <source>Provider %1, aggregate %2</source>
        <translation>资源提供者 %1，聚合 %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Send to Nova</source>
        <translation>发送到 Nova</translation>
    </message>
    <message>
        <source>Create Pending Edits</source>
        <translation>创建待提交的编辑</translation>
    </message>
    <message>
        <source>Nothing was changed: the edits are already pending, or the table is busy (submit running).</source>
        <translation>未做任何更改：这些编辑已处于待提交状态，或表格正忙（正在提交）。</translation>
    </message>
    <message>
        <source>Nothing was sent: wait until the load or submit running now has finished.</source>
        <translation>未发送任何内容：请等待当前正在进行的加载或提交完成。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Call %1 of %2</source>
        <translation>第 %1 个调用，共 %2 个</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReconcileOutcome</name>
    <message numerus="yes">
        <source>%n of %1 call(s) to Nova succeeded.</source>
        <translation>
            <numerusform>%1 个 Nova 调用中有 %n 个成功。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n 个失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (canceled).</source>
        <translation>
            <numerusform>%n 个未发送（已取消）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could not be read again; their next submit merges with the server&apos;s state.</source>
        <translation>
            <numerusform>%n 个资源提供者无法重新读取；它们下次提交时将与服务器的状态合并。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nova could not be read again; the drift shown may be out of date.</source>
        <translation>无法重新读取 Nova；显示的偏差可能已过时。</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) remain for these hosts.</source>
        <translation>
            <numerusform>这些主机仍有 %n 处差异。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcilePlan</name>
    <message>
        <source>%1: a Placement-only aggregate, Nova has nothing to match.</source>
        <translation>%1：仅存在于 Placement 的聚合，Nova 中没有可对应的内容。</translation>
    </message>
    <message>
        <source>Not changed by a reconcile: %1</source>
        <translation>协调不会更改：%1</translation>
    </message>
    <message>
        <source>%1 cannot be edited now (not loaded).</source>
        <translation>%1 目前无法编辑（未加载）。</translation>
    </message>
    <message>
        <source>%1: already pending for %2.</source>
        <translation>%1：已对 %2 待提交。</translation>
    </message>
    <message>
        <source>Host %1 is only partly in %2 in Placement; a Nova aggregate holds whole hosts, so only &quot;make Placement match Nova&quot; can settle it.</source>
        <translation>在 Placement 中，主机 %1 只有部分属于 %2；Nova 聚合以整台主机为单位，因此只有“使 Placement 与 Nova 一致”才能解决。</translation>
    </message>
    <message>
        <source>Nova writes aggregate %1 into Placement in its own spelling %2, while %3 is in %4: after add_host the provider may be in both spellings.</source>
        <translation>Nova 会以其自身的写法 %2 将聚合 %1 写入 Placement，而 %3 位于 %4 中：执行 add_host 后，该资源提供者可能同时属于两种写法。</translation>
    </message>
    <message>
        <source>Host %1: %2. Nova finds providers by name, so Placement will not follow this call; Placement already has the membership Nova gets.</source>
        <translation>主机 %1：%2。Nova 按名称查找资源提供者，因此 Placement 不会随此调用而变化；Placement 已具有 Nova 将获得的成员关系。</translation>
    </message>
    <message numerus="yes">
        <source>Make Placement match Nova (%n edit(s))</source>
        <translation>
            <numerusform>使 Placement 与 Nova 一致（%n 项编辑）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send to Nova.</source>
        <translation>没有需要发送到 Nova 的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to Nova.</source>
        <translation>
            <numerusform>%n 个 Nova 调用。</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending edit to create.</source>
        <translation>没有需要创建的待提交编辑。</translation>
    </message>
    <message numerus="yes">
        <source>%n pending edit(s)</source>
        <translation>
            <numerusform>%n 项待提交的编辑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n provider(s).</source>
        <translation>
            <numerusform>涉及 %n 个资源提供者。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add provider %1 to %2</source>
        <translation>将资源提供者 %1 添加到 %2</translation>
    </message>
    <message>
        <source>Remove provider %1 from %2</source>
        <translation>将资源提供者 %1 从 %2 中移除</translation>
    </message>
    <message>
        <source>Add host %1 to Nova aggregate %2</source>
        <translation>将主机 %1 添加到 Nova 聚合 %2</translation>
    </message>
    <message>
        <source>Remove host %1 from Nova aggregate %2</source>
        <translation>将主机 %1 从 Nova 聚合 %2 中移除</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>Could not open the request log %1: %2</source>
        <translation>无法打开请求日志 %1：%2</translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>复制为 curl(&amp;C)</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>已发送的请求</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>请求(&amp;R)</translation>
    </message>
    <message>
        <source>Show requests</source>
        <translation>显示请求</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>所有请求</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>仅失败的请求</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Request columns</source>
        <translation>请求列</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>水平滚动条</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>垂直滚动条</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command; the token is written as $OS_TOKEN</source>
        <translation>将所选请求复制为 curl 命令；令牌写作 $OS_TOKEN</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>第 %1 次尝试</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Microversion</source>
        <translation>微版本</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>SecurityWarning</name>
    <message>
        <source>Certificate verification is off (verify: false) for %1: anyone on the network path could impersonate the server and read your credentials.</source>
        <translation>%1 的证书验证已关闭（verify: false）：网络路径上的任何人都可以冒充服务器并读取您的凭据。</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted (http://): credentials and tokens cross the network in clear text.</source>
        <translation>与 %1 的连接未加密（http://）：凭据和令牌将以明文在网络中传输。</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Keystone&apos;s service catalog for this project is empty, so it does not say where %1 is. Set %1_endpoint_override, or ask the cloud&apos;s administrators to register the %1 endpoints (or the project&apos;s endpoint filter).</source>
        <translation>Keystone 中此项目的服务目录为空，因此无法得知 %1 的位置。请设置 %1_endpoint_override，或请云管理员注册 %1 端点（或项目的端点过滤器）。</translation>
    </message>
    <message>
        <source>Keystone&apos;s service catalog has no &quot;%1&quot; service; it lists %2. Set %1_endpoint_override, or ask the cloud&apos;s administrators to register %1.</source>
        <translation>Keystone 的服务目录中没有 &quot;%1&quot; 服务；其中列出的是 %2。请设置 %1_endpoint_override，或请云管理员注册 %1。</translation>
    </message>
    <message>
        <source>The catalog has no %1 endpoint for interface &quot;%2&quot;; it has %3.</source>
        <translation>服务目录中没有接口为 &quot;%2&quot; 的 %1 端点；现有的是 %3。</translation>
    </message>
    <message>
        <source>The catalog has no %1 endpoint for interface &quot;%2&quot; in region &quot;%3&quot;; there it has %4.</source>
        <translation>服务目录中在区域 &quot;%3&quot; 内没有接口为 &quot;%2&quot; 的 %1 端点；该区域现有的是 %4。</translation>
    </message>
    <message>
        <source>Interface &quot;%1&quot; exists in %2.</source>
        <translation>接口 &quot;%1&quot; 存在于 %2 中。</translation>
    </message>
    <message>
        <source>Set interface (or region_name).</source>
        <translation>请设置 interface（或 region_name）。</translation>
    </message>
    <message>
        <source>The catalog has no %1 endpoint in region &quot;%2&quot; (interface %3). Regions that have one: %4. Set region_name.</source>
        <translation>服务目录中在区域 &quot;%2&quot; 内没有 %1 端点（接口 %3）。具有该端点的区域：%4。请设置 region_name。</translation>
    </message>
    <message>
        <source>The catalog has no usable %1 endpoint for interface &quot;%2&quot; in region &quot;%3&quot;. It has interfaces %4 in regions %5.</source>
        <translation>服务目录中在区域 &quot;%3&quot; 内没有可用的接口为 &quot;%2&quot; 的 %1 端点。现有接口 %4，位于区域 %5。</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
</context>
<context>
    <name>SetMembershipCommand</name>
    <message>
        <source>Add %1 to %2</source>
        <translation>将 %1 添加到 %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>将 %1 从 %2 中移除</translation>
    </message>
    <message numerus="yes">
        <source>Add %n provider(s) to %1</source>
        <translation>
            <numerusform>将 %n 个资源提供者添加到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n provider(s) from %1</source>
        <translation>
            <numerusform>将 %n 个资源提供者从 %1 中移除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Normalize spelling of %1 on %n provider(s)</source>
        <translation>
            <numerusform>统一 %n 个资源提供者上 %1 的写法</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmitSummary</name>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n 项已应用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved</source>
        <translation>
            <numerusform>%n 个冲突已解决</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 项失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left pending</source>
        <translation>
            <numerusform>%n 个冲突仍待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transient fault(s) retried</source>
        <translation>
            <numerusform>%n 个暂时性故障已重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (canceled)</source>
        <translation>
            <numerusform>%n 项未发送（已取消）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>The submit was stopped while this provider&apos;s update was on its way; it is read again before the next submit.</source>
        <translation>在此资源提供者的更新传输途中提交被停止；下次提交前将重新读取它。</translation>
    </message>
    <message>
        <source>Changed on the server too; your edits are still pending.</source>
        <translation>服务器上也已更改；您的编辑仍待提交。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The provider kept changing on the server; gave up after %n automatic resend(s). Try again later.</source>
        <translation>
            <numerusform>该资源提供者在服务器上不断变化；自动重发 %n 次后已放弃。请稍后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: generation moved from %2 to %3 without membership changes; resending.</source>
        <translation>%1：代数从 %2 变为 %3，但成员关系没有变化；正在重新发送。</translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s aggregates changed on the server again after each of %n merge(s); your edits are left pending.</source>
        <translation>
            <numerusform>每次合并后（共 %n 次），该资源提供者的聚合都在服务器上再次发生变化；您的编辑仍待提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: kept the server&apos;s aggregates; your edits were dropped.</source>
        <translation>%1：保留了服务器的聚合；您的编辑已被丢弃。</translation>
    </message>
    <message>
        <source>%1: merged your changes with the server&apos;s.</source>
        <translation>%1：已将您的更改与服务器的更改合并。</translation>
    </message>
    <message>
        <source>%1: overwriting the server&apos;s aggregates with yours.</source>
        <translation>%1：正在用您的聚合覆盖服务器的聚合。</translation>
    </message>
</context>
<context>
    <name>TlsSettings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate (cacert).</source>
        <translation>%1 中没有 PEM 或 DER 证书（cacert）。</translation>
    </message>
    <message>
        <source>%1 holds no client certificate (cert).</source>
        <translation>%1 中没有客户端证书（cert）。</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted private key for the client certificate (key). Encrypted keys are not supported.</source>
        <translation>%1 中没有客户端证书所用的未加密私钥（key）。不支持加密的私钥。</translation>
    </message>
    <message>
        <source>A client key (key) is set without a client certificate (cert).</source>
        <translation>设置了客户端私钥（key），但未设置客户端证书（cert）。</translation>
    </message>
</context>
<context>
    <name>TraitIsolationCheck</name>
    <message>
        <source>Placement %1 cannot list providers without a trait (needs 1.22): members of aggregates with required traits are not checked.</source>
        <translation>Placement %1 无法列出缺少某特性的资源提供者（需要 1.22）：不会检查具有必需特性的聚合的成员。</translation>
    </message>
    <message>
        <source>Members of %1 lacking %2 could not be listed: %3</source>
        <translation>无法列出 %1 中缺少 %2 的成员：%3</translation>
    </message>
</context>
<context>
    <name>Uuids</name>
    <message>
        <source>%1 (stored as %2)</source>
        <translation>%1（存储为 %2）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try “placement-desk --help” for the options.</source>
        <translation>请尝试运行“placement-desk --help”查看选项。</translation>
    </message>
</context>
</TS>
