<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="46"/>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="72"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="73"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="74"/>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="75"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="76"/>
        <source>Opened on</source>
        <translation>开户日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="80"/>
        <source>The full number is kept for statements and shown masked; each time someone shows it in full is recorded.</source>
        <translation>完整账号仅用于对账，平时以掩码显示；每次查看完整账号都会被记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="85"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AppMessages</name>
    <message>
        <location filename="../../ui/app.py" line="82"/>
        <source>Something went wrong and this action was not completed. Everything saved before it is safe. (%1)</source>
        <translation>出现意外错误，此操作未完成。此前已保存的内容均安全无损。（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="12"/>
        <source>A snapshot cannot be dated in the future.</source>
        <translation>快照日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="13"/>
        <source>Assets cannot be negative.</source>
        <translation>资产不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="14"/>
        <source>Choose a channel from the list.</source>
        <translation>请从列表中选择联系渠道。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="15"/>
        <source>Choose a gender from the list.</source>
        <translation>请从列表中选择性别。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="16"/>
        <source>Choose a marital status from the list.</source>
        <translation>请从列表中选择婚姻状况。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="17"/>
        <source>Choose a status from the list.</source>
        <translation>请从列表中选择状态。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="18"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="19"/>
        <source>Enter a finite number.</source>
        <translation>请输入一个有限的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="20"/>
        <source>Enter a number of years between 0 and 100.</source>
        <translation>请输入 0 到 100 之间的年数。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="21"/>
        <source>Enter a number, for example 12 or 3.5.</source>
        <translation>请输入数字，例如 12 或 3.5。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="22"/>
        <source>Enter the client&apos;s legal name.</source>
        <translation>请输入客户的法定姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="23"/>
        <source>Enter the first line of the address.</source>
        <translation>请输入地址第一行。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="24"/>
        <source>Enter the relative&apos;s name.</source>
        <translation>请输入亲属姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="25"/>
        <source>Enter yes or no.</source>
        <translation>请输入“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="26"/>
        <source>Income cannot be negative.</source>
        <translation>收入不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="27"/>
        <source>Keep this under 500 characters.</source>
        <translation>请控制在 500 个字符以内。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="28"/>
        <source>Liabilities cannot be negative.</source>
        <translation>负债不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="29"/>
        <source>That identity document does not belong to this client.</source>
        <translation>该证件不属于此客户。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="30"/>
        <source>The Chinese name should be written in Chinese characters.</source>
        <translation>中文姓名应使用汉字书写。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="31"/>
        <source>The date of birth is before 1900.</source>
        <translation>出生日期早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="32"/>
        <source>The date of birth is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="33"/>
        <source>The last review cannot be in the future.</source>
        <translation>上次回顾日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="34"/>
        <source>&apos;Client since&apos; cannot be in the future.</source>
        <translation>“成为客户日期”不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="35"/>
        <source>The legal name is too long (200 characters at most).</source>
        <translation>法定姓名过长（最多 200 个字符）。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="36"/>
        <source>This custom field no longer exists.</source>
        <translation>此自定义字段已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="37"/>
        <source>Unknown asset class.</source>
        <translation>未知的资产类别。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="38"/>
        <source>Use the two-letter country code, e.g. CN or US.</source>
        <translation>请使用两个字母的国家代码，例如 CN 或 US。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="39"/>
        <source>A currency code must be three letters, such as CNY, USD or HKD.</source>
        <translation>货币代码必须是三个字母，例如 CNY、USD 或 HKD。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="42"/>
        <source>A passport number must be 6 to 9 letters or digits; check for typos.</source>
        <translation>护照号码必须是 6 到 9 位字母或数字，请检查是否输错。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="45"/>
        <source>An e-mail address must contain exactly one @ sign, as in name@example.com.</source>
        <translation>电子邮箱地址必须恰好包含一个 @ 符号，例如 name@example.com。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="48"/>
        <source>Choose a currency.</source>
        <translation>请选择货币。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="49"/>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="50"/>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="51"/>
        <source>Enter an e-mail address.</source>
        <translation>请输入电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="52"/>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="53"/>
        <source>Enter the document number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="54"/>
        <source>Enter the passport number.</source>
        <translation>请输入护照号码。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="55"/>
        <source>The amount is not a valid number.</source>
        <translation>金额不是有效的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="56"/>
        <source>The amount is too large to be stored; check for extra digits.</source>
        <translation>金额过大，无法保存，请检查是否多输了数字。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="59"/>
        <source>The birth date inside the ID number is in the future; check characters 7 to 14.</source>
        <translation>身份证号码中的出生日期晚于今天，请检查第 7 至 14 位。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="63"/>
        <source>The document number must be 4 to 30 letters, digits or dashes; check for typos.</source>
        <translation>证件号码必须是 4 到 30 位字母、数字或短横线，请检查是否输错。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="67"/>
        <source>The domain after the @ sign must include an ending such as .com or .cn.</source>
        <translation>@ 后面的域名必须带有后缀，例如 .com 或 .cn。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="70"/>
        <source>The e-mail address is missing the domain after the @ sign.</source>
        <translation>电子邮箱地址缺少 @ 后面的域名。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="71"/>
        <source>The e-mail address is missing the part before the @ sign.</source>
        <translation>电子邮箱地址缺少 @ 前面的部分。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="72"/>
        <source>The e-mail address must not contain spaces.</source>
        <translation>电子邮箱地址不能包含空格。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="73"/>
        <source>The first 17 characters of an ID number must all be digits.</source>
        <translation>身份证号码的前 17 位必须全部是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="74"/>
        <source>This currency is not supported; choose a listed currency such as CNY, USD or HKD.</source>
        <translation>不支持此货币，请选择列表中的货币，例如 CNY、USD 或 HKD。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="78"/>
        <source>This client was changed elsewhere since you opened it. Your edits are kept on screen; reload to see the other change, then apply yours again.</source>
        <translation>自您打开此客户以来，其他人已修改了该客户。您的修改仍保留在屏幕上；请重新载入查看对方的修改，然后再次应用您的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="83"/>
        <source>Choose a purpose from the list.</source>
        <translation>请从列表中选择用途。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="84"/>
        <source>Name the third party (custodian, insurer …) this sharing is for.</source>
        <translation>请写明此项提供所针对的第三方（托管机构、保险公司等）。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="87"/>
        <source>Only sharing with third parties names a third party.</source>
        <translation>只有“向第三方提供”这一用途需要填写第三方。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="88"/>
        <source>The third party&apos;s name is too long (200 characters at most).</source>
        <translation>第三方名称过长（最多 200 个字符）。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="91"/>
        <source>Choose how the consent was captured from the list.</source>
        <translation>请从列表中选择同意的取得方式。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="92"/>
        <source>A consent cannot take effect in the future; record it then.</source>
        <translation>同意不能在将来生效；请到时再记录。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="93"/>
        <source>Choose the channel the client used to withdraw.</source>
        <translation>请选择客户撤回同意所用的渠道。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="94"/>
        <source>Choose the privacy notice version the client was shown.</source>
        <translation>请选择向客户展示的隐私政策版本。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="95"/>
        <source>That privacy notice does not exist.</source>
        <translation>该隐私政策不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="96"/>
        <source>This notice&apos;s text no longer matches its fingerprint; it cannot be used until the office is restored from a backup.</source>
        <translation>该政策正文与其指纹不再一致；在从备份恢复本机构数据之前不能使用。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="100"/>
        <source>The expiry must be after the day the consent takes effect.</source>
        <translation>到期日必须晚于同意生效的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="101"/>
        <source>The evidence must be a file of this client.</source>
        <translation>证明文件必须是该客户的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="102"/>
        <source>An identity number can only be stored once the client has consented to the processing of sensitive personal information. Record that consent first, or leave the number out.</source>
        <translation>只有在客户同意处理其敏感个人信息后才能保存证件号码。请先记录该同意，或不填写号码。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="106"/>
        <source>The file needs a name.</source>
        <translation>文件需要有名称。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="107"/>
        <source>Give the reason for the erasure (e.g. the client&apos;s request of DATE).</source>
        <translation>请说明删除的原因（例如：客户某日的申请）。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="112"/>
        <source>Give the household a name, e.g. the Wang family.</source>
        <translation>请为家庭命名，例如“王氏家庭”。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="113"/>
        <source>Give the household a name.</source>
        <translation>请为家庭命名。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="114"/>
        <source>A household needs at least one member.</source>
        <translation>家庭至少需要一名成员。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="115"/>
        <source>A client can be in a household only once.</source>
        <translation>同一客户在一个家庭中只能出现一次。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="116"/>
        <source>Choose a role from the list.</source>
        <translation>请从列表中选择角色。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="117"/>
        <source>This client is already in the household.</source>
        <translation>该客户已在此家庭中。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="118"/>
        <source>This client is not in the household.</source>
        <translation>该客户不在此家庭中。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="119"/>
        <source>Choose a relationship from the list.</source>
        <translation>请从列表中选择关系。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="120"/>
        <source>A client cannot be linked to themselves.</source>
        <translation>客户不能与自己关联。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="121"/>
        <source>These clients are already linked this way.</source>
        <translation>这两位客户之间已有此种关联。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="122"/>
        <source>There is no such link between these clients.</source>
        <translation>这两位客户之间没有此关联。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="43"/>
        <source>Give the entry a subject: a few words for the timeline.</source>
        <translation>请填写主题：在时间线上显示的几个字。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="44"/>
        <source>The subject is longer than 200 characters; put the details in the notes.</source>
        <translation>主题超过 200 个字符；请把详细内容写在详情中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="48"/>
        <source>The date is more than a day in the future; record what has happened and create a task for what is planned.</source>
        <translation>日期晚于现在一天以上；这里只记录已发生的事，计划中的事请创建任务。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="53"/>
        <source>The duration must be a whole number of minutes from 0 to 1440.</source>
        <translation>时长须为 0 到 1440 之间的整数分钟。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="56"/>
        <source>Satisfaction is a score from 1 (very unhappy) to 5 (very happy); leave it empty when the client did not rate the service.</source>
        <translation>满意度为 1（非常不满意）到 5（非常满意）的评分；客户未评价时请留空。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="61"/>
        <source>Choose the client this entry is about.</source>
        <translation>请选择这条记录所属的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="62"/>
        <source>This entry is in the trash; restore it before editing.</source>
        <translation>此记录在回收站中；请先恢复再编辑。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="63"/>
        <source>This timeline entry was changed elsewhere since you opened it. Your edits are kept on screen; reload to see the other change, then apply yours again.</source>
        <translation>您打开此时间线记录后，它已在别处被修改。您的编辑仍保留在屏幕上；请重新加载查看对方的修改，再重新应用您的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="125"/>
        <source>Say what the complaint or request is about.</source>
        <translation>请说明投诉或服务请求的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="126"/>
        <source>No such client.</source>
        <translation>没有此客户。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="124"/>
        <source>A task needs a title.</source>
        <translation>任务需要标题。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="58"/>
        <source>The office is locked: unlock it to continue.</source>
        <translation>机构已锁定：请解锁后继续。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="59"/>
        <source>You cannot remove yourself.</source>
        <translation>不能删除您自己。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="60"/>
        <source>The office needs at least one active admin.</source>
        <translation>机构至少需要一位有效的管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="61"/>
        <source>Enter the user&apos;s name.</source>
        <translation>请输入用户姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="62"/>
        <source>Use at least 10 characters (a few words work well).</source>
        <translation>至少使用 10 个字符（几个词组合效果很好）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="63"/>
        <source>Use at most 100 characters.</source>
        <translation>最多使用 100 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="64"/>
        <source>This office already has user accounts.</source>
        <translation>此机构已有用户账户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="65"/>
        <source>That is not the office passphrase; user accounts were not set up.</source>
        <translation>这不是机构口令；未设置用户账户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="68"/>
        <source>The last key slot cannot be removed: no one could unlock the office.</source>
        <translation>不能删除最后一个密钥槽：否则无人能解锁机构。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="71"/>
        <source>Choose one of: admin, advisor, assistant, compliance.</source>
        <translation>请从以下选择：管理员、顾问、助理、合规。</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="53"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="54"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="55"/>
        <location filename="../../ui/dialogs/audit_viewer.py" line="197"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="56"/>
        <location filename="../../ui/dialogs/audit_viewer.py" line="198"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="57"/>
        <location filename="../../ui/dialogs/audit_viewer.py" line="199"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="58"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="59"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="63"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="64"/>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="65"/>
        <source>Card opened</source>
        <translation>打开客户卡片</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="66"/>
        <source>Client created</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="67"/>
        <source>Client changed</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="68"/>
        <source>Number revealed</source>
        <translation>查看完整号码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="69"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="70"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="71"/>
        <source>Review pack</source>
        <translation>检视报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="72"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="73"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="74"/>
        <source>Permission change</source>
        <translation>权限变更</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="75"/>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="76"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="77"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="78"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="79"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="80"/>
        <source>Client erased</source>
        <translation>客户已删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="81"/>
        <source>Purge</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="178"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="191"/>
        <source>Any client (client number)</source>
        <translation>任意客户（客户编号）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="200"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="201"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="233"/>
        <source>Check the chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="236"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="238"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="240"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="267"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="270"/>
        <source>Any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="281"/>
        <source>The client number must be a whole number, e.g. 1024.</source>
        <translation>客户编号须为整数，例如 1024。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="290"/>
        <source>The start date is after the end date.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="312"/>
        <source>Newest %1 entries shown; scroll down for more.</source>
        <translation>已显示最新 %1 条记录；向下滚动查看更多。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="316"/>
        <source>%1 entries.</source>
        <translation>共 %1 条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="342"/>
        <location filename="../../ui/dialogs/audit_viewer.py" line="424"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="358"/>
        <source>Checking entry %1…</source>
        <translation>正在校验第 %1 条…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="364"/>
        <source>Checking the chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="369"/>
        <source>The audit chain is intact: %1 entries.</source>
        <translation>审计链完整：共 %1 条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="373"/>
        <source>The audit chain is broken at entry %1.</source>
        <translation>审计链在第 %1 条处断裂。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="383"/>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="385"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="396"/>
        <source>That folder does not exist.</source>
        <translation>该文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="412"/>
        <source>Exported %1 entries…</source>
        <translation>已导出 %1 条记录…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="418"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="427"/>
        <source>Exported %1 entries to %2.</source>
        <translation>已将 %1 条记录导出到 %2。</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="75"/>
        <source>Backing up the office…</source>
        <translation>正在备份办公室…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="82"/>
        <source>Backed up and verified: %1.</source>
        <translation>已备份并验证：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="92"/>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
</context>
<context>
    <name>CardCharts</name>
    <message>
        <location filename="../../ui/widgets/card_charts.py" line="27"/>
        <source>Assets under management</source>
        <translation>管理资产</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_charts.py" line="28"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_charts.py" line="29"/>
        <source>Tenure</source>
        <translation>客户年限</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_charts.py" line="30"/>
        <source>Contacts in the last year</source>
        <translation>近一年联系次数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_charts.py" line="31"/>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_charts.py" line="32"/>
        <source>Satisfaction (mean rating)</source>
        <translation>满意度（平均评分）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_charts.py" line="139"/>
        <source>Value score %1 of 100 — the weighted mean of the inputs below</source>
        <translation>价值评分 %1/100 —— 下列各项的加权平均</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_charts.py" line="146"/>
        <source>not recorded, left out</source>
        <translation>未记录，不计入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_charts.py" line="150"/>
        <source>%1 → %2 points × weight %3</source>
        <translation>%1 → %2 分 × 权重 %3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_charts.py" line="163"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="29"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="30"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="31"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="32"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="33"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="37"/>
        <source>Card created</source>
        <translation>创建卡片</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="38"/>
        <source>Legal name</source>
        <translation>法定姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="39"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="40"/>
        <source>Pinyin / Latin name</source>
        <translation>拼音 / 英文名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="41"/>
        <source>Preferred name</source>
        <translation>常用称呼</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="42"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="43"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="44"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="45"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="46"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="47"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="48"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="49"/>
        <source>Education</source>
        <translation>教育程度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="50"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="51"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="52"/>
        <source>Preferred channel</source>
        <translation>首选联系渠道</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="53"/>
        <source>Contact times</source>
        <translation>方便联系时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="54"/>
        <source>Short-term objectives</source>
        <translation>短期目标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="55"/>
        <source>Long-term objectives</source>
        <translation>长期目标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="56"/>
        <source>Horizon (years)</source>
        <translation>投资期限（年）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="57"/>
        <source>Liquidity needs</source>
        <translation>流动性需求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="58"/>
        <source>Experience (years)</source>
        <translation>投资经验（年）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="59"/>
        <source>Product experience</source>
        <translation>产品经验</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="60"/>
        <source>Preferred asset classes</source>
        <translation>偏好的资产类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="61"/>
        <source>Excluded asset classes</source>
        <translation>排除的资产类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="62"/>
        <source>Themes</source>
        <translation>投资主题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="63"/>
        <source>Needs notes</source>
        <translation>需求备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="65"/>
        <source>Owner</source>
        <translation>负责顾问</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="66"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="67"/>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="68"/>
        <source>Client since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="69"/>
        <source>Last review</source>
        <translation>上次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="70"/>
        <source>Next review</source>
        <translation>下次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="71"/>
        <source>Identity documents</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="72"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="73"/>
        <source>Emails</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="74"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="75"/>
        <source>Relatives</source>
        <translation>亲属</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="76"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="77"/>
        <source>Needs and interests</source>
        <translation>需求与兴趣</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="89"/>
        <source>Custom field: %1</source>
        <translation>自定义字段：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="104"/>
        <source>Change history — %1</source>
        <translation>修改历史 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="110"/>
        <source>Every correction to this card, newest first. The history cannot be edited; identity numbers are shown masked.</source>
        <translation>此卡片的全部更正记录，最新的在前。历史记录不可修改；证件号码以遮蔽形式显示。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="143"/>
        <source>No changes recorded yet.</source>
        <translation>尚无修改记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_history_dialog.py" line="148"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="25"/>
        <source>Net worth and investable assets</source>
        <translation>净资产与可投资资产</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="26"/>
        <source>Allocation by asset class</source>
        <translation>资产类别配置</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="27"/>
        <source>Portfolio value and net contributions</source>
        <translation>组合市值与净投入</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="28"/>
        <source>Interactions per month</source>
        <translation>每月互动</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="29"/>
        <source>Risk level history</source>
        <translation>风险等级历史</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="30"/>
        <source>AUM and clients by tier</source>
        <translation>各层级资产规模与客户数</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="31"/>
        <source>AUM and clients by risk level</source>
        <translation>各风险等级资产规模与客户数</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="32"/>
        <source>AUM and clients by owner</source>
        <translation>各顾问资产规模与客户数</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="33"/>
        <source>New and departed clients per month</source>
        <translation>每月新增与流失客户</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="34"/>
        <source>Reviews overdue and due in 30 days</source>
        <translation>逾期及30天内到期的回顾</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="35"/>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="36"/>
        <source>Consent coverage</source>
        <translation>同意覆盖率</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="37"/>
        <source>Interactions per advisor per week</source>
        <translation>各顾问每周互动</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="40"/>
        <source>No financial snapshot recorded yet.</source>
        <translation>尚未记录财务快照。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="41"/>
        <source>No portfolio recorded yet.</source>
        <translation>尚未记录投资组合。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="42"/>
        <source>No interactions in this period.</source>
        <translation>此期间没有互动。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="43"/>
        <source>No risk assessment yet.</source>
        <translation>尚无风险评估。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="45"/>
        <source>Nothing to show yet.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="47"/>
        <source>Net worth</source>
        <translation>净资产</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="48"/>
        <source>Investable assets</source>
        <translation>可投资资产</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="49"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="50"/>
        <source>Portfolio value</source>
        <translation>组合市值</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="51"/>
        <source>Net contributions</source>
        <translation>净投入</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="52"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="53"/>
        <source>AUM</source>
        <translation>资产规模</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="54"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="55"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="56"/>
        <source>Departed</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="57"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="58"/>
        <source>Due in 30 days</source>
        <translation>30天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="59"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="60"/>
        <source>Granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="61"/>
        <source>Not granted</source>
        <translation>未同意</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="64"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="65"/>
        <source>(others)</source>
        <translation>（其他）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="66"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="69"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="70"/>
        <source>MMM yy</source>
        <translation>yy年M月</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_widget.py" line="101"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_widget.py" line="103"/>
        <source>Save this chart as a PNG image</source>
        <translation>将此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_widget.py" line="422"/>
        <location filename="../../ui/charts/chart_widget.py" line="429"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_widget.py" line="424"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_widget.py" line="430"/>
        <source>The image could not be saved there. Choose another folder.</source>
        <translation>无法保存到该位置，请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../ui/client_card.py" line="72"/>
        <source>Legal name</source>
        <translation>法定姓名</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="73"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="74"/>
        <source>Pinyin / Latin name</source>
        <translation>拼音 / 英文名</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="75"/>
        <source>Preferred name</source>
        <translation>常用称呼</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="78"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="79"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="80"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="81"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="82"/>
        <source>Education</source>
        <translation>教育程度</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="177"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="178"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="179"/>
        <source>History…</source>
        <translation>修改历史…</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="180"/>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="183"/>
        <source>A task or reminder for this client (Ctrl+T)</source>
        <translation>为此客户新建任务或提醒 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="187"/>
        <source>Every correction to this card: who, when, what</source>
        <translation>此卡片的每一次更正：何人、何时、改了什么</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="191"/>
        <source>Save this card (Ctrl+S)</source>
        <translation>保存此客户卡片（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="195"/>
        <source>Discard your edits and show the saved card (Esc)</source>
        <translation>放弃修改并显示已保存的卡片（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="300"/>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="307"/>
        <location filename="../../ui/client_card.py" line="458"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="312"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="317"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="326"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="333"/>
        <source>Documents</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="335"/>
        <source>Identity documents</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="340"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="341"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="343"/>
        <location filename="../../ui/client_card.py" line="403"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="345"/>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="355"/>
        <source>Numbers are masked. Revealing one is recorded with your name and reason.</source>
        <translation>证件号码已遮蔽。查看完整号码将记录您的姓名和原因。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="364"/>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="366"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="371"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="372"/>
        <location filename="../../ui/client_card.py" line="384"/>
        <location filename="../../ui/client_card.py" line="394"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="376"/>
        <source>Emails</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="382"/>
        <source>Email address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="388"/>
        <source>Postal addresses</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="396"/>
        <source>Address line 1</source>
        <translation>地址第一行</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="397"/>
        <source>Address line 2</source>
        <translation>地址第二行</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="398"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="399"/>
        <source>Region</source>
        <translation>省/地区</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="401"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="409"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="414"/>
        <source>Preferred channel</source>
        <translation>首选联系渠道</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="421"/>
        <source>Contact times</source>
        <translation>方便联系时间</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="428"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="430"/>
        <source>Households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="91"/>
        <source>Relationships</source>
        <translation>关联关系</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="445"/>
        <source>Double-click a client to open their card.</source>
        <translation>双击客户可打开其卡片。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="447"/>
        <source>Relatives who are not clients</source>
        <translation>非客户亲属</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="452"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="454"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="463"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="478"/>
        <source>Financial</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="497"/>
        <source>Add snapshot…</source>
        <translation>添加快照…</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="726"/>
        <source>Task “%1” created.</source>
        <translation>已创建任务“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="834"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="840"/>
        <source>Total assets</source>
        <translation>总资产</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="844"/>
        <source>Liabilities</source>
        <translation>负债</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="847"/>
        <source>Net worth</source>
        <translation>净资产</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="849"/>
        <source>Investable</source>
        <translation>可投资资产</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="853"/>
        <source>Annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="516"/>
        <source>Preferences</source>
        <translation>投资偏好</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="508"/>
        <source>Portfolio</source>
        <translation>投资组合</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="521"/>
        <source>Short-term objective</source>
        <translation>短期目标</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="528"/>
        <source>Long-term objective</source>
        <translation>长期目标</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="535"/>
        <source>Horizon (years)</source>
        <translation>投资期限（年）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="542"/>
        <source>Liquidity needs</source>
        <translation>流动性需求</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="549"/>
        <source>Experience (years)</source>
        <translation>投资经验（年）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="554"/>
        <source>Products used</source>
        <translation>投资过的产品</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="555"/>
        <source>Preferred asset classes</source>
        <translation>偏好的资产类别</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="556"/>
        <source>Excluded asset classes</source>
        <translation>排除的资产类别</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="557"/>
        <source>Themes</source>
        <translation>投资主题</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="563"/>
        <source>Needs and tags</source>
        <translation>需求与标签</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="566"/>
        <source>Special needs</source>
        <translation>特殊需求</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="571"/>
        <source>Notes on needs</source>
        <translation>需求备注</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="573"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="577"/>
        <source>Separate several entries with commas.</source>
        <translation>多个条目请用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="583"/>
        <source>Lifecycle</source>
        <translation>客户周期</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="588"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="593"/>
        <source>Owner advisor</source>
        <translation>负责顾问</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="595"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="597"/>
        <source>Client since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="598"/>
        <source>Last review</source>
        <translation>上次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="599"/>
        <source>Next review</source>
        <translation>下次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="605"/>
        <source>Consents</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="615"/>
        <source>Risk profile</source>
        <translation>风险画像</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="626"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="635"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="643"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="681"/>
        <source>This office has not defined any custom fields.</source>
        <translation>本机构尚未定义任何自定义字段。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="177"/>
        <source>Not in a household.</source>
        <translation>不属于任何家庭。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="199"/>
        <source>No links to other clients.</source>
        <translation>与其他客户无关联。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="883"/>
        <source>Tier: %1 (from the snapshot of %2; net worth %3, investable %4)</source>
        <translation>客户等级：%1（依据 %2 的快照；净资产 %3，可投资资产 %4）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="893"/>
        <source>Tier: %1 (no financial snapshot yet)</source>
        <translation>客户等级：%1（尚无财务快照）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="906"/>
        <source>New client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="908"/>
        <source>Fill in at least the legal name, then save.</source>
        <translation>请至少填写法定姓名，然后保存。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="915"/>
        <source>%1 · %2 · owner %3</source>
        <translation>%1 · %2 · 负责顾问 %3</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1003"/>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未保存：请修正红色标出的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1015"/>
        <source>This office is open read-only; changes cannot be saved.</source>
        <translation>此机构文件以只读方式打开，无法保存修改。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1031"/>
        <source>Not saved: record the client&apos;s consent to sensitive personal information first, or leave the identity number out.</source>
        <translation>未保存：请先记录客户对处理敏感个人信息的同意，或不填写证件号码。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1047"/>
        <source>Cancel (Esc) reloads the saved card; your edits are then lost.</source>
        <translation>按“取消”（Esc）会重新载入已保存的卡片，您的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1056"/>
        <source>Changed elsewhere</source>
        <translation>已在别处被修改</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1062"/>
        <location filename="../../ui/client_card.py" line="1069"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1070"/>
        <source>The card could not be saved (%1). Your edits are still on screen.</source>
        <translation>无法保存此卡片（%1）。您的修改仍保留在屏幕上。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1078"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1098"/>
        <source>No consent for sensitive information</source>
        <translation>缺少敏感信息处理同意</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1099"/>
        <source>%1 has not given a valid consent to the processing of sensitive personal information, and this save stores a new identity number.

Save anyway? Your acknowledgement is recorded with your name. Otherwise cancel and record the consent first (Consents section).</source>
        <translation>%1 尚未就处理敏感个人信息给予有效同意，而本次保存会存入新的证件号码。

仍要保存吗？您的确认将连同您的姓名一并记录。否则请取消，并先记录该同意（“授权同意”部分）。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1125"/>
        <source>Client removed</source>
        <translation>客户已被删除</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1129"/>
        <source>Edits discarded.</source>
        <translation>已放弃修改。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="170"/>
        <location filename="../../ui/client_card.py" line="1137"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1138"/>
        <source>You have unsaved changes to %1. Save them?</source>
        <translation>您对 %1 的修改尚未保存。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1108"/>
        <location filename="../../ui/client_card.py" line="1143"/>
        <source>the new client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1160"/>
        <location filename="../../ui/client_card.py" line="1168"/>
        <location filename="../../ui/client_card.py" line="1181"/>
        <source>Reveal identity number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1161"/>
        <source>Revealing is recorded, which a read-only window cannot do.</source>
        <translation>查看完整号码需要留下记录，只读窗口无法记录。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1169"/>
        <source>Why do you need the full number? (recorded)</source>
        <translation>为什么需要查看完整号码？（将被记录）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1207"/>
        <source>Snapshot not added</source>
        <translation>未添加快照</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1234"/>
        <source>Snapshot added.</source>
        <translation>已添加快照。</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <location filename="../../ui/dialogs/client_picker_dialog.py" line="47"/>
        <source>Choose a client</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_picker_dialog.py" line="55"/>
        <source>Name, pinyin or initials, phone, email …</source>
        <translation>姓名、拼音或首字母、电话、邮箱……</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_picker_dialog.py" line="75"/>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_picker_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_picker_dialog.py" line="108"/>
        <source>The search failed (%1). Try again.</source>
        <translation>搜索失败（%1），请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_picker_dialog.py" line="126"/>
        <source>No client matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_picker_dialog.py" line="132"/>
        <source>Showing the first %1 matches; type more to narrow.</source>
        <translation>仅显示前 %1 个结果；请继续输入以缩小范围。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_picker_dialog.py" line="138"/>
        <source>Type to search; Enter or double-click chooses.</source>
        <translation>输入即可搜索；按回车或双击选择。</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="32"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="33"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="34"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="36"/>
        <source>Owner</source>
        <translation>负责顾问</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="37"/>
        <source>Investable</source>
        <translation>可投资资产</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="38"/>
        <source>Next review</source>
        <translation>下次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="39"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="40"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="36"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="37"/>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="66"/>
        <source>Log complaint / service request</source>
        <translation>登记投诉 / 服务请求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="75"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="80"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="88"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="97"/>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="103"/>
        <source>What is it about? The first line shows in the list.</source>
        <translation>内容是什么？第一行显示在列表中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="113"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="123"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="127"/>
        <source>The deadlines follow the office&apos;s service levels, in working days.</source>
        <translation>期限按事务所的服务标准（工作日）计算。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="139"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="141"/>
        <source>Log it</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="82"/>
        <source>No client chosen</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="81"/>
        <source>Which client?</source>
        <translation>哪位客户？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="175"/>
        <source>Choose the client first.</source>
        <translation>请先选择客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="207"/>
        <source>Logged</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="208"/>
        <source>#%1 is logged. Acknowledge by %2; resolve by %3.</source>
        <translation>#%1 已登记。请于 %2 前确认受理，%3 前解决。</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <location filename="../../ui/dialogs/complaint_step_dialog.py" line="39"/>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_step_dialog.py" line="45"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_step_dialog.py" line="49"/>
        <location filename="../../ui/dialogs/complaint_step_dialog.py" line="54"/>
        <source>Client&apos;s satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_step_dialog.py" line="61"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_step_dialog.py" line="63"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_step_dialog.py" line="68"/>
        <source>The step is recorded with the time and your name.</source>
        <translation>此步骤将连同时间和您的姓名一并记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_step_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../../ui/complaints_view.py" line="44"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="45"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="46"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="47"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="48"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="49"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="52"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="53"/>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="56"/>
        <source>Acknowledge</source>
        <translation>确认受理</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="57"/>
        <source>Investigate</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="58"/>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="59"/>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="60"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="63"/>
        <source>Not closed</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="64"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="65"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="68"/>
        <source>Received on</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="69"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="70"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="71"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="72"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="73"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="74"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="177"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="180"/>
        <source>Open client</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="181"/>
        <source>Log complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="230"/>
        <source>%1 shown</source>
        <translation>显示 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="263"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="266"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="322"/>
        <source>Complaint changed</source>
        <translation>投诉已被修改</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="323"/>
        <source>Someone else changed this complaint; it was reloaded. Nothing was saved.</source>
        <translation>其他人修改了此投诉，已重新载入。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="330"/>
        <source>Step refused</source>
        <translation>无法执行此步骤</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <location filename="../../ui/dialogs/complete_task_dialog.py" line="31"/>
        <source>Mark task done</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complete_task_dialog.py" line="38"/>
        <source>What came of it? The outcome is kept with the task</source>
        <translation>结果如何？结果将随任务保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complete_task_dialog.py" line="42"/>
        <source> and goes onto the client&apos;s timeline.</source>
        <translation>，并记入客户的时间线。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complete_task_dialog.py" line="54"/>
        <source>e.g. Called; agreed to meet on Friday</source>
        <translation>例如：已致电，约定周五见面</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complete_task_dialog.py" line="62"/>
        <source>This task repeats: the next occurrence is created.</source>
        <translation>此任务会重复：将创建下一次任务。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complete_task_dialog.py" line="70"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complete_task_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="30"/>
        <source>Effective</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="32"/>
        <source>Notice</source>
        <translation>隐私政策</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="33"/>
        <source>Captured</source>
        <translation>取得方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="34"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="35"/>
        <source>Withdrawal</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="36"/>
        <source>Evidence</source>
        <translation>证明文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="37"/>
        <source>Recorded</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="71"/>
        <source>Consent history: %1</source>
        <translation>同意记录：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="83"/>
        <source>%1 record(s), newest first. Records are never changed or deleted; times are local.</source>
        <translation>共 %1 条记录，最新的在前。记录从不修改或删除；时间为本地时间。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="119"/>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="139"/>
        <source>Nothing recorded for this purpose yet.</source>
        <translation>此用途尚无记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_history_dialog.py" line="147"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="62"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="63"/>
        <location filename="../../ui/widgets/consent_panel.py" line="194"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="64"/>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="93"/>
        <source>%1 v%2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="148"/>
        <source>Records are never changed: a new consent or a withdrawal adds to the history. Double-click a purpose to see its history.</source>
        <translation>记录从不修改：新的同意或撤回都会追加到历史中。双击某项用途可查看其历史。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="160"/>
        <source>Record consent…</source>
        <translation>记录同意…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="165"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="170"/>
        <source>Print consent form…</source>
        <translation>打印同意书…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="174"/>
        <source>A PDF pre-filled with the client and the notice in force, for signature.</source>
        <translation>预先填好客户信息和现行隐私政策的 PDF，供客户签字。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="284"/>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="288"/>
        <source>Save the new client before recording consents.</source>
        <translation>请先保存新客户，再记录同意。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="296"/>
        <source>%1 of %2 purposes granted; %3 need renewing.</source>
        <translation>%2 项用途中已同意 %1 项，%3 项需要更新。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="300"/>
        <source>%1 of %2 purposes granted.</source>
        <translation>%2 项用途中已同意 %1 项。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="315"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="321"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="372"/>
        <source>Recorded %1 consent record(s).</source>
        <translation>已记录 %1 条同意记录。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="399"/>
        <source>Withdrawal recorded; it applies at once.</source>
        <translation>撤回已记录，立即生效。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="408"/>
        <source>Save consent form</source>
        <translation>保存同意书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="410"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="417"/>
        <source>Consent form</source>
        <translation>同意书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="425"/>
        <location filename="../../ui/widgets/consent_panel.py" line="435"/>
        <source>The form was not written: %1</source>
        <translation>同意书未能生成：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent_panel.py" line="441"/>
        <source>Wrote %1 (notice %2 v%3).</source>
        <translation>已生成 %1（隐私政策 %2 第 %3 版）。</translation>
    </message>
</context>
<context>
    <name>ConsentRecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="86"/>
        <source>Record consent</source>
        <translation>记录同意</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="140"/>
        <source>Purposes</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="145"/>
        <source>Custodian or insurer, e.g. Ping An Insurance</source>
        <translation>托管机构或保险公司，例如：平安保险</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="151"/>
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="158"/>
        <source>Answer</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="165"/>
        <source>(not in force today)</source>
        <translation>（今日未生效）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="173"/>
        <source>Notice shown</source>
        <translation>所示隐私政策</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="181"/>
        <source>Captured by</source>
        <translation>取得方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="191"/>
        <source>Effective</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="198"/>
        <source>Leave at — for no expiry.</source>
        <translation>保持为 — 表示不设到期日。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="202"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="213"/>
        <source>No file (optional)</source>
        <translation>无文件（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="215"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="218"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="225"/>
        <source>Evidence</source>
        <translation>证明文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="233"/>
        <source>Tick every purpose the signed form covers: each gets its own record. The evidence is stored encrypted inside the office.</source>
        <translation>请勾选签署的同意书所涵盖的每项用途：每项都会单独记录。证明文件加密保存在本机构数据文件内。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="238"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="239"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="268"/>
        <source>Scanned consent form</source>
        <translation>同意书扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="270"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="306"/>
        <source>Tick at least one purpose.</source>
        <translation>请至少勾选一项用途。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="313"/>
        <source>No privacy notice is published; publish one before recording consents.</source>
        <translation>尚未发布隐私政策；请先发布，再记录同意。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="352"/>
        <source>This notice version was not in force on the effective date; choose the version shown that day.</source>
        <translation>该版本的隐私政策在生效日期当天并未生效；请选择当天向客户展示的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_record_dialog.py" line="368"/>
        <source>Nothing was recorded (%1).</source>
        <translation>未记录任何内容（%1）。</translation>
    </message>
</context>
<context>
    <name>ConsentReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="51"/>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="52"/>
        <source>Missing required consents</source>
        <translation>缺少必需授权</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="53"/>
        <source>Withdrawals by month</source>
        <translation>按月撤回</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="56"/>
        <source>Active clients</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="57"/>
        <source>All clients</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="60"/>
        <source>Counting consent coverage…</source>
        <translation>正在统计授权覆盖情况…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="61"/>
        <source>Finding clients without required consents…</source>
        <translation>正在查找缺少必需授权的客户…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="62"/>
        <source>Counting withdrawals by month…</source>
        <translation>正在按月统计撤回…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="65"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="66"/>
        <source>Owner</source>
        <translation>负责顾问</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="67"/>
        <source>Missing</source>
        <translation>缺少的授权</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="69"/>
        <source>%1 active clients</source>
        <translation>%1 位活跃客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="70"/>
        <source>%1 clients</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="280"/>
        <source>The reports could not be computed (%1). Try again with Refresh.</source>
        <translation>报表未能生成（%1）。请点击“刷新”重试。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="288"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 步，共 %3 步）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="296"/>
        <source>As of %1.</source>
        <translation>统计日期：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="310"/>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="311"/>
        <source>Consent report</source>
        <translation>授权同意报表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="312"/>
        <source>Clients:</source>
        <translation>客户范围：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="317"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="318"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="319"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="346"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="360"/>
        <source>Required of every active client</source>
        <translation>每位活跃客户都必须具备</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="368"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="389"/>
        <source>How %1 stand on each purpose: the number of clients in each state and their share. Sharing with third parties is counted per named third party.</source>
        <translation>%1在各用途上的授权状态：各状态的客户数及占比。向第三方提供按每个具名第三方分别统计。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="407"/>
        <source>Double-click to open the client&apos;s card</source>
        <translation>双击打开客户卡片</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="423"/>
        <source>All %1 have every required consent.</source>
        <translation>全部 %1 均已具备所有必需授权。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="428"/>
        <source>%1 of %2 lack a required consent (%3). Double-click a client to open the card.</source>
        <translation>%2中有 %1 位缺少必需授权（%3）。双击客户可打开其卡片。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="437"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="445"/>
        <source>Showing the first %1 by name.</source>
        <translation>按姓名显示前 %1 位。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="457"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="458"/>
        <source>Withdrawals</source>
        <translation>撤回次数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="481"/>
        <source>No consent has been withdrawn.</source>
        <translation>尚无撤回的授权。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_report_dialog.py" line="486"/>
        <source>%1 withdrawals by clients of every status in %2 months, newest first, by the month they took effect (UTC).</source>
        <translation>%2 个月内各状态客户共撤回 %1 次；按生效月份（UTC）统计，最近的在前。</translation>
    </message>
</context>
<context>
    <name>ConsentWithdrawDialog</name>
    <message>
        <location filename="../../ui/dialogs/consent_withdraw_dialog.py" line="51"/>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_withdraw_dialog.py" line="72"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_withdraw_dialog.py" line="77"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_withdraw_dialog.py" line="83"/>
        <source>Effective</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_withdraw_dialog.py" line="88"/>
        <source>Optional, in the client&apos;s words</source>
        <translation>可选，按客户原话填写</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_withdraw_dialog.py" line="90"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_withdraw_dialog.py" line="94"/>
        <source>The withdrawal applies at once: marketing lists and checks leave the client out from now on. The earlier consent stays in the history.</source>
        <translation>撤回立即生效：从现在起，营销名单和各项检查都会排除该客户。此前的同意仍保留在历史中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_withdraw_dialog.py" line="99"/>
        <source>Record withdrawal</source>
        <translation>记录撤回</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_withdraw_dialog.py" line="100"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_withdraw_dialog.py" line="120"/>
        <source>Tick at least one purpose.</source>
        <translation>请至少勾选一项用途。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_withdraw_dialog.py" line="148"/>
        <source>Nothing was recorded (%1).</source>
        <translation>未记录任何内容（%1）。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard_view.py" line="82"/>
        <source>Office dashboard</source>
        <translation>办公室仪表板</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="83"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="158"/>
        <source>Updating… %1 of %2</source>
        <translation>正在更新… %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="161"/>
        <source>Some charts could not be computed; press Refresh to try again.</source>
        <translation>部分图表无法计算，请按“刷新”重试。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="165"/>
        <source>Updated at %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>DataQualityView</name>
    <message>
        <location filename="../../ui/data_quality_view.py" line="34"/>
        <source>Legal name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="35"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="36"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="37"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="38"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="39"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="40"/>
        <source>Advisor</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="41"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="42"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="43"/>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="44"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="45"/>
        <source>Next review</source>
        <translation>下次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="46"/>
        <source>Last review</source>
        <translation>上次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="49"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="50"/>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="51"/>
        <source>stale</source>
        <translation>过期未更新</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="63"/>
        <source>Data quality: the fields marked in red need attention.</source>
        <translation>数据质量：标红的字段需要处理。</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="78"/>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="86"/>
        <source>Check the office</source>
        <translation>检查全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="91"/>
        <source>Create follow-up tasks</source>
        <translation>生成跟进任务</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="108"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="109"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="110"/>
        <source>Complete</source>
        <translation>完整度</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="111"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="121"/>
        <source>Double-click a client to open the card at the fields to fix.</source>
        <translation>双击客户即可打开客户卡片并定位到需修正的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="132"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="147"/>
        <source>%1 clients checked; average completeness %2. %3 cards need attention; %4 stale (over %5 months).</source>
        <translation>已检查 %1 位客户；平均完整度 %2。%3 张卡片需要处理；%4 张超过 %5 个月未更新。</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="177"/>
        <source>not updated or reviewed for over %1 months</source>
        <translation>超过 %1 个月未更新或回顾</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="188"/>
        <source>The check failed (%1).</source>
        <translation>检查失败（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/data_quality_view.py" line="205"/>
        <source>Created %1 follow-up tasks.</source>
        <translation>已生成 %1 个跟进任务。</translation>
    </message>
</context>
<context>
    <name>DuplicateCheck</name>
    <message>
        <location filename="../../ui/duplicate_check.py" line="31"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_check.py" line="32"/>
        <source>This new client may already be in the office:

%1

Save the new card anyway?</source>
        <translation>这位新客户可能已经在系统中：

%1

仍要保存新卡片吗？</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/duplicates_view.py" line="32"/>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="33"/>
        <source>same phone</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="34"/>
        <source>same e-mail</source>
        <translation>电子邮箱相同</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="35"/>
        <source>same Chinese name and birth date</source>
        <translation>中文姓名和出生日期相同</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="36"/>
        <source>same pinyin and birth date</source>
        <translation>拼音和出生日期相同</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="37"/>
        <source>similar name and same birth date</source>
        <translation>姓名相似且出生日期相同</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="59"/>
        <source>Duplicate clients</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="67"/>
        <source>Scan the office</source>
        <translation>扫描全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="72"/>
        <source>Compare and merge…</source>
        <translation>比较并合并…</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="77"/>
        <source>Undo last merge</source>
        <translation>撤销上次合并</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="92"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="93"/>
        <location filename="../../ui/duplicates_view.py" line="95"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="94"/>
        <location filename="../../ui/duplicates_view.py" line="96"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="97"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="116"/>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="149"/>
        <source>%1 likely duplicate pairs, best first.</source>
        <translation>共 %1 对可能重复的客户，按可能性排序。</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="163"/>
        <source>The scan failed (%1).</source>
        <translation>扫描失败（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="176"/>
        <source>Select a pair first.</source>
        <translation>请先选择一对客户。</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="197"/>
        <source>Client %1 merged into %2</source>
        <translation>客户 %1 已合并到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="213"/>
        <source>Merge undone: clients %1 and %2 are separate again.</source>
        <translation>已撤销合并：客户 %1 和 %2 重新分开。</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <location filename="../../ui/dialogs/erase_client_dialog.py" line="25"/>
        <source>Erase client</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_client_dialog.py" line="28"/>
        <source>Erase %1 (client %2)?</source>
        <translation>删除 %1（客户编号 %2）？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_client_dialog.py" line="39"/>
        <source>Names, contacts, identity documents, notes, households and the contents of attachments are removed for good, and the office file is rewritten so no copy remains in it. This cannot be undone.

Kept for their retention periods: consent records, financial snapshots (suitability) and the access log, under an anonymous card. Backups made before now still hold the client until they are rotated out.</source>
        <translation>姓名、联系方式、身份证件、备注、家庭关系及附件内容将被永久删除，并重写机构数据文件，使其中不留任何副本。此操作无法撤销。

在各自的保存期限内保留（挂在匿名卡片下）：同意记录、财务快照（适当性记录）和访问日志。此前制作的备份在轮换淘汰之前仍含有该客户的信息。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_client_dialog.py" line="60"/>
        <source>e.g. the client&apos;s written request of 2026-11-20</source>
        <translation>例如：客户 2026-11-20 的书面申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_client_dialog.py" line="64"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_client_dialog.py" line="68"/>
        <source>Type %1 or the full legal name</source>
        <translation>输入 %1 或完整法定姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_client_dialog.py" line="77"/>
        <source>Erase for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_client_dialog.py" line="82"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="36"/>
        <source>Client no.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="37"/>
        <source>Legal name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="38"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="39"/>
        <source>Latin name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="40"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="41"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="42"/>
        <source>Status</source>
        <translation>客户状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="43"/>
        <source>Tier</source>
        <translation>客户层级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="44"/>
        <source>Advisor</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="45"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="46"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="47"/>
        <source>PRC ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="48"/>
        <source>Passport number</source>
        <translation>护照号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="49"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="50"/>
        <source>Investable assets</source>
        <translation>可投资资产</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="51"/>
        <source>Next review</source>
        <translation>下次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="52"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="67"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="137"/>
        <source>Export clients</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="74"/>
        <source>Clients:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="77"/>
        <source>All clients I may see</source>
        <translation>我可查看的全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="96"/>
        <source>ID numbers in full (the export is recorded)</source>
        <translation>显示完整证件号（导出将被记录）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="104"/>
        <source>Your role may not reveal ID numbers.</source>
        <translation>您的角色无权查看完整证件号。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="111"/>
        <source>clients.csv or clients.xlsx</source>
        <translation>clients.csv 或 clients.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="113"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="125"/>
        <source>CSV opens in Excel with Chinese text intact (UTF-8 with BOM). ID numbers are masked unless you choose otherwise.</source>
        <translation>CSV 文件可在 Excel 中正常显示中文（带 BOM 的 UTF-8）。除非另行选择，证件号将被遮盖。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="130"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="131"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="139"/>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="153"/>
        <source>Choose where to save the file.</source>
        <translation>请选择文件保存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="159"/>
        <source>Choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="196"/>
        <source>The export failed (%1).</source>
        <translation>导出失败（%1）。</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="80"/>
        <source>New household</source>
        <translation>新建家庭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="83"/>
        <source>Add to a household</source>
        <translation>加入家庭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="92"/>
        <source>Create household</source>
        <translation>创建家庭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="94"/>
        <source>Add to household</source>
        <translation>加入家庭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="107"/>
        <source>%1 family</source>
        <translation>%1家庭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="112"/>
        <source>Household name</source>
        <translation>家庭名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="114"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="119"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="120"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="134"/>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="139"/>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="158"/>
        <source>%1 (this client)</source>
        <translation>%1（本客户）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="172"/>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="211"/>
        <source>Find a client who is already in the household, then choose the household.</source>
        <translation>先找到一位已在该家庭中的客户，再选择家庭。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="220"/>
        <source>(nobody chosen)</source>
        <translation>（尚未选择）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="223"/>
        <source>Choose client…</source>
        <translation>选择客户…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="229"/>
        <source>Member of the household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="233"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="238"/>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="249"/>
        <source>Who is in the household?</source>
        <translation>谁在这个家庭中？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="273"/>
        <source>%1 is not in a household. Use “New household…” to start one.</source>
        <translation>%1 不属于任何家庭。请用“新建家庭…”创建一个。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="280"/>
        <source>%1 is already in every household of %2.</source>
        <translation>%1 已在 %2 的所有家庭中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="303"/>
        <source>Give the household a name, e.g. the Wang family.</source>
        <translation>请为家庭命名，例如“王氏家庭”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/household_dialog.py" line="311"/>
        <source>Choose a client, then one of their households.</source>
        <translation>请先选择客户，再选择其所在的一个家庭。</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="77"/>
        <source>New household…</source>
        <translation>新建家庭…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="80"/>
        <source>Add to household…</source>
        <translation>加入家庭…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="85"/>
        <location filename="../../ui/widgets/household_panel.py" line="294"/>
        <source>Remove from household</source>
        <translation>移出家庭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="171"/>
        <source>— this client</source>
        <translation>— 本客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="187"/>
        <source>referred by this client</source>
        <translation>由本客户推荐</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="189"/>
        <source>referred this client</source>
        <translation>本客户的推荐人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="213"/>
        <source>This office is open read-only.</source>
        <translation>此办公室以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="249"/>
        <source>Household not created</source>
        <translation>未创建家庭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="251"/>
        <source>Household “%1” created.</source>
        <translation>已创建家庭“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="269"/>
        <source>Not added to the household</source>
        <translation>未加入家庭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="273"/>
        <source>Added to “%1”.</source>
        <translation>已加入“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="284"/>
        <source>Remove %1 from the household “%2”?</source>
        <translation>将 %1 移出家庭“%2”？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="289"/>
        <source>%1 is its only member, so the household is deleted.</source>
        <translation>%1 是该家庭唯一的成员，因此该家庭将被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="302"/>
        <source>Not removed from the household</source>
        <translation>未移出家庭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="304"/>
        <source>%1 removed from “%2”.</source>
        <translation>已将 %1 移出“%2”。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="314"/>
        <source>Link %1 to a client</source>
        <translation>将 %1 关联到客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="325"/>
        <source>Referred %1 (is the referrer)</source>
        <translation>推荐了 %1（为推荐人）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="331"/>
        <source>Was referred by %1</source>
        <translation>由 %1 推荐</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="338"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="354"/>
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="356"/>
        <source>Linked to %1.</source>
        <translation>已关联到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="369"/>
        <source>Remove the link %1?</source>
        <translation>删除关联 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="378"/>
        <source>Link not removed</source>
        <translation>未删除关联</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="380"/>
        <source>Link removed.</source>
        <translation>已删除关联。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="396"/>
        <source>Someone changed this household after the card showed it, so nothing was changed. The list now shows the household as saved; check it and try again.</source>
        <translation>在此卡片显示该家庭之后，其他人修改了它，因此本次未做任何更改。列表现已显示该家庭的已保存状态；请核对后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="407"/>
        <source>That household or link no longer exists, so nothing was changed. The lists now show what is saved.</source>
        <translation>该家庭或关联已不存在，因此未做任何更改。列表现已显示已保存的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="422"/>
        <source>The change could not be saved (%1). Nothing was changed.</source>
        <translation>无法保存此更改（%1），未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="100"/>
        <source>Link client…</source>
        <translation>关联客户…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="103"/>
        <location filename="../../ui/widgets/household_panel.py" line="368"/>
        <source>Remove link</source>
        <translation>删除关联</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/household_panel.py" line="112"/>
        <source>Removes the selected member (or this client) from that household.</source>
        <translation>将所选成员（或本客户）移出该家庭。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="48"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="54"/>
        <source>Legal name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="55"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="56"/>
        <source>Latin name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="57"/>
        <source>Preferred name</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="58"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="59"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="60"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="61"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="62"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="63"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="64"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="65"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="66"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="67"/>
        <source>Preferred channel</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="68"/>
        <source>Status</source>
        <translation>客户状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="69"/>
        <source>Advisor</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="70"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="71"/>
        <source>Client since</source>
        <translation>开户日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="72"/>
        <source>Last review</source>
        <translation>上次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="73"/>
        <source>Next review</source>
        <translation>下次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="74"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="75"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="76"/>
        <source>PRC ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="77"/>
        <source>Passport number</source>
        <translation>护照号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="78"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="79"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="80"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="81"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="82"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="83"/>
        <source>Postal code</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="84"/>
        <source>Investable assets</source>
        <translation>可投资资产</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="85"/>
        <source>Annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="86"/>
        <source>Liabilities</source>
        <translation>负债</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="87"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="88"/>
        <source>Assets as of</source>
        <translation>资产日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="89"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="90"/>
        <source>Household role</source>
        <translation>家庭角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="108"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="110"/>
        <source>A client table saved as CSV or Excel (.xlsx), or contacts as vCard (.vcf).</source>
        <translation>以 CSV 或 Excel (.xlsx) 保存的客户表，或 vCard (.vcf) 通讯录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="119"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="125"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="147"/>
        <location filename="../../ui/dialogs/import_wizard.py" line="524"/>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="149"/>
        <source>Client files (*.csv *.txt *.xlsx *.vcf)</source>
        <translation>客户文件 (*.csv *.txt *.xlsx *.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="160"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="174"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="195"/>
        <source>%1 rows, %2 columns (%3).</source>
        <translation>%1 行，%2 列（%3）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="210"/>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="224"/>
        <source>Map the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="226"/>
        <source>Suggested from the column names; change any, or load a saved mapping.</source>
        <translation>已根据列名给出建议；可逐列修改，或载入已保存的对应关系。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="233"/>
        <source>Saved mapping:</source>
        <translation>已保存的对应关系：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="239"/>
        <source>Recognise existing clients by:</source>
        <translation>识别已有客户依据：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="251"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="252"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="253"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="263"/>
        <source>Name for this mapping</source>
        <translation>对应关系名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="265"/>
        <source>Save mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="284"/>
        <source>(suggested)</source>
        <translation>（建议）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="295"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="362"/>
        <source>Check and import</source>
        <translation>检查并导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="364"/>
        <source>Check shows what would happen without writing anything. A file with errors imports nothing unless you skip the invalid rows.</source>
        <translation>“检查”只显示导入结果，不写入任何数据。文件有错误时不会导入任何行，除非选择跳过无效行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="372"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="376"/>
        <source>Skip invalid rows</source>
        <translation>跳过无效行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="380"/>
        <source>Store ID numbers without a sensitive-information consent</source>
        <translation>在无敏感个人信息同意时仍保存证件号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="386"/>
        <source>The office asks for the client&apos;s consent before an ID number is stored. Tick to import them anyway; each one is recorded with your name.</source>
        <translation>本机构要求在保存证件号前取得客户同意。勾选后仍会导入，每一条都会以您的名义记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="400"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="404"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="441"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="442"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="476"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="477"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="478"/>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="479"/>
        <source>repeated row</source>
        <translation>重复行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="480"/>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="486"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 repeated, %5 invalid.</source>
        <translation>新建 %1，更新 %2，无变化 %3，重复 %4，无效 %5。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="497"/>
        <source>Check only, nothing was written:</source>
        <translation>仅检查，未写入任何数据：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="503"/>
        <source>Nothing was imported: fix the rows in red, or skip invalid rows.</source>
        <translation>未导入任何数据：请修正标红的行，或选择跳过无效行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="509"/>
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="531"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="532"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="533"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="534"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="560"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="562"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="603"/>
        <source>The import failed (%1); nothing was imported.</source>
        <translation>导入失败（%1），未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="613"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="94"/>
        <source>Edit entry — %1</source>
        <translation>编辑记录 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="96"/>
        <source>New entry — %1</source>
        <translation>新建记录 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="119"/>
        <source>Type and time</source>
        <translation>类型和时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="125"/>
        <source>A few words for the timeline</source>
        <translation>在时间线上显示的简短标题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="128"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="135"/>
        <source>Notes</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="138"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="141"/>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="161"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="165"/>
        <source>Channel and direction</source>
        <translation>渠道和方向</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="166"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="171"/>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="178"/>
        <source>Colleagues who took part, separated by commas</source>
        <translation>参与的同事，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="183"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="185"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="196"/>
        <source>Also on the timeline of</source>
        <translation>同时显示在以下成员的时间线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="206"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="209"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Former</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Mass</source>
        <translation>大众</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Affluent</source>
        <translation>富裕</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>HNW</source>
        <translation>高净值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>UHNW</source>
        <translation>超高净值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <location filename="../../ui/labels.py" line="75"/>
        <location filename="../../ui/labels.py" line="82"/>
        <location filename="../../ui/labels.py" line="88"/>
        <location filename="../../ui/labels.py" line="93"/>
        <location filename="../../ui/labels.py" line="99"/>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Undisclosed</source>
        <translation>不愿透露</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Single</source>
        <translation>未婚</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Married</source>
        <translation>已婚</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Divorced</source>
        <translation>离异</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Widowed</source>
        <translation>丧偶</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Partnered</source>
        <translation>同居伴侣</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>PRC resident ID</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>HK/Macau permit</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Taiwan permit</source>
        <translation>台湾通行证</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Foreign permanent resident ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <location filename="../../ui/labels.py" line="148"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <location filename="../../ui/labels.py" line="151"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <location filename="../../ui/labels.py" line="150"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <location filename="../../ui/labels.py" line="149"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <location filename="../../ui/labels.py" line="152"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <location filename="../../ui/labels.py" line="143"/>
        <location filename="../../ui/labels.py" line="147"/>
        <source>In person</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Securities</source>
        <translation>证券</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Funds</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Insurance cash value</source>
        <translation>保险现金价值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Real estate</source>
        <translation>房地产</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Business equity</source>
        <translation>企业股权</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Collectibles</source>
        <translation>收藏品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Other assets</source>
        <translation>其他资产</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <location filename="../../ui/labels.py" line="78"/>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Grandchild</source>
        <translation>孙辈</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Business partner</source>
        <translation>商业伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Home</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <location filename="../../ui/labels.py" line="92"/>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Mailing</source>
        <translation>通信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Sensitive personal information</source>
        <translation>敏感个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Marketing: phone</source>
        <translation>营销：电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Marketing: SMS</source>
        <translation>营销：短信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Marketing: email</source>
        <translation>营销：电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Marketing: WeChat</source>
        <translation>营销：微信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Marketing: post</source>
        <translation>营销：邮寄</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Sharing with a third party</source>
        <translation>向第三方提供</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>Cross-border transfer</source>
        <translation>跨境传输</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>Call recording</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Use of photos</source>
        <translation>使用照片</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Re-consent needed</source>
        <translation>需重新同意</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>Never asked</source>
        <translation>未征询</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>Signed paper form</source>
        <translation>纸质签字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>E-signature</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Recorded call</source>
        <translation>电话录音</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>In writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>Online form</source>
        <translation>在线表单</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="116"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="144"/>
        <location filename="../../ui/lock.py" line="147"/>
        <source>AdvisorDesk is locked</source>
        <translation>AdvisorDesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="151"/>
        <source>Signed in as %1. Enter your passphrase to continue.</source>
        <translation>当前登录用户：%1。请输入您的口令以继续。</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="155"/>
        <source>Enter the office passphrase to continue.</source>
        <translation>请输入机构口令以继续。</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="162"/>
        <source>Your unsaved edits are kept and come back when you unlock.</source>
        <translation>未保存的修改已保留，解锁后即恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="177"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="188"/>
        <source>Enter your passphrase.</source>
        <translation>请输入您的口令。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;New client</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Find client</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>&amp;Privacy</source>
        <translation>隐私(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>&amp;Export client data…</source>
        <translation>导出客户数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>E&amp;rase client…</source>
        <translation>删除客户(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>&amp;Purge expired records…</source>
        <translation>清除过期记录(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>&amp;Consent report…</source>
        <translation>授权同意报表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Search names, pinyin, initials, phone, email, ID tail, tags  (Ctrl+F)</source>
        <translation>搜索姓名、拼音、首字母、电话、邮箱、证件尾号、标签（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>All owners</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="618"/>
        <source>This office is open read-only; this needs a writable window.</source>
        <translation>本机构以只读方式打开；此操作需要可写的窗口。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="628"/>
        <source>Open the client&apos;s card first.</source>
        <translation>请先打开该客户的卡片。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="634"/>
        <source>Export client data</source>
        <translation>导出客户数据</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="640"/>
        <source>Folder for the client&apos;s data</source>
        <translation>保存客户数据的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="656"/>
        <source>Nothing was exported (%1).</source>
        <translation>未导出任何内容（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664"/>
        <source>Wrote %1 and %2 (%3 records). They hold the client&apos;s full data, identity numbers included: hand them over securely and keep no copy.</source>
        <translation>已生成 %1 和 %2（%3 条记录）。其中包含该客户的全部数据（含证件号码）：请安全交付，不要保留副本。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="674"/>
        <source>Client data exported.</source>
        <translation>客户数据已导出。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="682"/>
        <source>Erase client</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="704"/>
        <source>Nothing was erased (%1); the client is unchanged.</source>
        <translation>未删除任何内容（%1）；客户数据保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="715"/>
        <source>Client %1 was erased. %2 records are kept for their retention periods. Backups made before now still hold the client until they are rotated out.</source>
        <translation>客户 %1 已删除。%2 条记录将在各自的保存期限内保留。此前制作的备份在轮换淘汰之前仍含有该客户的信息。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="731"/>
        <source>Purge expired records</source>
        <translation>清除过期记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="737"/>
        <source>Delete the consent records, evidence and financial snapshots that erased clients left behind once their retention periods have passed? Clients who were not erased keep their history.</source>
        <translation>删除已删除客户遗留的、保存期限已满的同意记录、证明文件和财务快照吗？未被删除的客户的历史记录不受影响。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="759"/>
        <source>Nothing was purged (%1).</source>
        <translation>未清除任何内容（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="765"/>
        <source>Purged what %1 erased client(s) left past retention: %2 consent records, %3 attachments, %4 financial snapshots, %5 cards.</source>
        <translation>已清除 %1 位已删除客户超过保存期限的遗留数据：同意记录 %2 条、附件 %3 个、财务快照 %4 份、卡片 %5 张。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="780"/>
        <source>Nothing has passed its retention period yet.</source>
        <translation>目前没有超过保存期限的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="797"/>
        <source>The office file could not be rewritten, so old copies may remain in its free space until the next erasure or purge rewrites it. Close other windows on this office before that.</source>
        <translation>未能重写机构数据文件，因此在下一次删除或清除重写它之前，其空闲空间中可能仍留有旧副本。届时请先关闭打开本机构的其他窗口。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="809"/>
        <source>Wiping</source>
        <translation>正在擦除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="811"/>
        <source>Rewriting the office file so nothing erased remains in it. This can take a minute on a large office.</source>
        <translation>正在重写机构数据文件，确保已删除的内容不留痕迹。数据量大时可能需要一分钟左右。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>Any custom field</source>
        <translation>任意自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>My day</source>
        <translation>我的一天</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>AdvisorDesk — %1</source>
        <translation>AdvisorDesk — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="418"/>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>Read-only: you can look, but nothing you change here can be saved.</source>
        <translation>只读：您可以查看，但在此所做的任何修改都无法保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>No client matches. Check the spelling, try pinyin or initials, or clear the filters.</source>
        <translation>没有匹配的客户。请检查拼写，试试拼音或首字母，或清除筛选条件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <source>No clients yet. Create the first one with File → New client (Ctrl+N).</source>
        <translation>还没有客户。请通过“文件 → 新建客户”（Ctrl+N）创建第一位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>Clients: %1</source>
        <translation>客户数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="570"/>
        <source>This office is open read-only.</source>
        <translation>此机构文件以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../ui/audit_backup_actions.py" line="29"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_backup_actions.py" line="34"/>
        <source>Backups and &amp;restore…</source>
        <translation>备份与恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_backup_actions.py" line="42"/>
        <source>&amp;Audit trail…</source>
        <translation>审计记录(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/data_actions.py" line="45"/>
        <source>Exported %1 clients to %2.</source>
        <translation>已导出 %1 位客户到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/data_actions.py" line="79"/>
        <source>&amp;Import clients…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/data_actions.py" line="81"/>
        <source>E&amp;xport clients…</source>
        <translation>导出客户(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/data_actions.py" line="83"/>
        <source>&amp;Duplicates…</source>
        <translation>重复客户(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/data_actions.py" line="85"/>
        <source>Data &amp;quality…</source>
        <translation>数据质量(&amp;Q)…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="34"/>
        <source>Legal name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="35"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="36"/>
        <source>Latin name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="37"/>
        <source>Preferred name</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="38"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="39"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="40"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="41"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="42"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="43"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="44"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="45"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="46"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="47"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="48"/>
        <source>Preferred channel</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="49"/>
        <source>Contact times</source>
        <translation>方便联系时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="50"/>
        <source>Short-term objective</source>
        <translation>短期目标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="51"/>
        <source>Long-term objective</source>
        <translation>长期目标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="52"/>
        <source>Horizon (years)</source>
        <translation>投资期限(年)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="53"/>
        <source>Liquidity needs</source>
        <translation>流动性需求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="54"/>
        <source>Experience (years)</source>
        <translation>投资经验(年)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="55"/>
        <source>Products known</source>
        <translation>熟悉的产品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="56"/>
        <source>Preferred assets</source>
        <translation>偏好资产</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="57"/>
        <source>Excluded assets</source>
        <translation>排除资产</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="58"/>
        <source>Themes</source>
        <translation>投资主题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="59"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="60"/>
        <source>Advisor</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="61"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="62"/>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="63"/>
        <source>Client since</source>
        <translation>开户日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="64"/>
        <source>Last review</source>
        <translation>上次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="65"/>
        <source>Next review</source>
        <translation>下次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="69"/>
        <source>clients referred</source>
        <translation>推荐的客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="70"/>
        <source>phones</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="71"/>
        <source>e-mails</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="72"/>
        <source>ID documents</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="73"/>
        <source>addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="74"/>
        <source>relatives</source>
        <translation>亲属</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="75"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="76"/>
        <source>custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="77"/>
        <source>financial snapshots</source>
        <translation>财务快照</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="78"/>
        <source>households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="79"/>
        <source>relationships</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="80"/>
        <source>timeline entries</source>
        <translation>时间线条目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="81"/>
        <source>meetings attended</source>
        <translation>参加的会面</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="82"/>
        <source>tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="83"/>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="84"/>
        <source>files</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="85"/>
        <source>accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="86"/>
        <source>lists</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="87"/>
        <source>shares with colleagues</source>
        <translation>与同事的共享</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="88"/>
        <source>value score</source>
        <translation>价值评分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="89"/>
        <source>consent records</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="90"/>
        <source>corrections</source>
        <translation>更正历史</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="91"/>
        <source>access log</source>
        <translation>访问记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="92"/>
        <source>audit entries</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="93"/>
        <source>risk assessments</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="94"/>
        <source>suitability records</source>
        <translation>适当性记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="95"/>
        <source>professional investor status</source>
        <translation>专业投资者认定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="126"/>
        <source>Merge two clients</source>
        <translation>合并两位客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="137"/>
        <source>Keep the other card</source>
        <translation>改为保留另一张卡片</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="155"/>
        <source>Timelines, tasks, households, holdings, contacts and documents move to the kept card. Consents and the correction history stay with the other card, which is kept as a former client. Undo is in the duplicates view.</source>
        <translation>时间线、任务、家庭、持仓、联系方式和证件移至保留的卡片。同意记录和更正历史留在另一张卡片上，该卡片保留为前客户。可在重复客户视图中撤销合并。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="161"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="162"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="185"/>
        <source>Keep card %1 (%2) and merge card %3 (%4) into it.</source>
        <translation>保留卡片 %1（%2），将卡片 %3（%4）合并进来。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="195"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="196"/>
        <location filename="../../ui/dialogs/merge_dialog.py" line="197"/>
        <source>Card %1</source>
        <translation>卡片 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="212"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="220"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="224"/>
        <source>Moves to the kept card: %1.
Stays with the other card: %2.</source>
        <translation>移至保留卡片：%1。
留在另一张卡片：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="253"/>
        <source>Card %1 was merged into card %2.</source>
        <translation>卡片 %1 已合并到卡片 %2。</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <location filename="../../ui/my_day_view.py" line="46"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="47"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="48"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="49"/>
        <source>Overdue complaints</source>
        <translation>逾期投诉</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="53"/>
        <source>Review meeting</source>
        <translation>定期回顾会议</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="54"/>
        <source>Birthday greeting</source>
        <translation>生日问候</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="55"/>
        <source>Identity document expires</source>
        <translation>身份证件即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="56"/>
        <source>Consent expires</source>
        <translation>授权同意即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="57"/>
        <source>Risk assessment expires</source>
        <translation>风险评估即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="60"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="61"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="62"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="65"/>
        <source>not acknowledged</source>
        <translation>未确认受理</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="66"/>
        <location filename="../../ui/my_day_view.py" line="67"/>
        <source>not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="70"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="71"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="72"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="73"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="74"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="184"/>
        <source>Tasks of</source>
        <translation>任务负责人</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="185"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="186"/>
        <source>Open client</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="187"/>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="188"/>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="191"/>
        <location filename="../../ui/my_day_view.py" line="219"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="294"/>
        <source>%1 open tasks</source>
        <translation>共 %1 项待办任务</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="296"/>
        <source>Nothing due this week</source>
        <translation>本周没有到期任务</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="372"/>
        <source>Task changed</source>
        <translation>任务已被修改</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="373"/>
        <source>Someone else changed this task; the list was reloaded. Nothing was saved.</source>
        <translation>其他人修改了此任务，列表已重新载入。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/my_day_view.py" line="380"/>
        <source>Task not completed</source>
        <translation>任务未完成</translation>
    </message>
</context>
<context>
    <name>PackBatchDialog</name>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="56"/>
        <source>&amp;Review packs…</source>
        <translation>回顾资料(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="97"/>
        <source>Review packs</source>
        <translation>回顾资料</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="100"/>
        <source>Packs for</source>
        <translation>打印对象</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="104"/>
        <source>Everyone with a meeting on</source>
        <translation>以下日期有会议的所有客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="110"/>
        <source>The list</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="114"/>
        <source>Client numbers</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="133"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="137"/>
        <source>A folder, one PDF per client</source>
        <translation>文件夹，每位客户一个 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="140"/>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="203"/>
        <source>One PDF with every pack</source>
        <translation>合并为一个 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="147"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="171"/>
        <source>Print packs</source>
        <translation>开始打印</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="176"/>
        <source>Cancel batch</source>
        <translation>取消批量打印</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="182"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="205"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="211"/>
        <source>A folder for the packs</source>
        <translation>回顾资料的保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="246"/>
        <source>Choose where to save the packs first.</source>
        <translation>请先选择保存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="256"/>
        <source>Type client numbers separated by commas, e.g. 12, 15, 40.</source>
        <translation>请输入以逗号分隔的客户编号，例如 12, 15, 40。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="273"/>
        <source>Finding the clients…</source>
        <translation>正在查找客户…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="288"/>
        <source>Printing %n pack(s)…</source>
        <translation>正在打印 %n 份回顾资料…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="279"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="300"/>
        <source>Cancelled. %n complete pack(s) kept; nothing half-written was left behind.</source>
        <translation>已取消。已保留 %n 份完整的回顾资料，未留下任何写了一半的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_batch_dialog.py" line="309"/>
        <source>Printed %n pack(s); each is noted on its client&apos;s timeline.</source>
        <translation>已打印 %n 份回顾资料，并已分别记入各客户的时间线。</translation>
    </message>
</context>
<context>
    <name>PackOptions</name>
    <message>
        <location filename="../../ui/widgets/pack_options.py" line="13"/>
        <source>The client&apos;s language</source>
        <translation>客户的语言</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pack_options.py" line="14"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pack_options.py" line="15"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pack_options.py" line="18"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pack_options.py" line="19"/>
        <source>US Letter</source>
        <translation>美式 Letter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pack_options.py" line="67"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pack_options.py" line="69"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pack_options.py" line="70"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pack_options.py" line="71"/>
        <source>Watermark</source>
        <translation>水印</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="56"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="62"/>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="68"/>
        <source>Initial passphrase</source>
        <translation>初始口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="70"/>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="76"/>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="83"/>
        <source>At least 10 characters; a few words work well. Give it to the person directly, never by e-mail; they can change it after signing in.</source>
        <translation>至少 10 个字符，几个词组合效果很好。请当面交给本人，切勿通过电子邮件发送；本人登录后可自行修改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="89"/>
        <source>At least 10 characters; a few words work well. Only this slot changes.</source>
        <translation>至少 10 个字符，几个词组合效果很好。只更改此用户的密钥槽。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="93"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="101"/>
        <source>Enter the user&apos;s name.</source>
        <translation>请输入用户姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="106"/>
        <source>Enter your current passphrase.</source>
        <translation>请输入您当前的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="111"/>
        <source>Too short: use at least 10 characters (a few words work well).</source>
        <translation>太短：至少使用 10 个字符（几个词组合效果很好）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="119"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>两次输入的口令不一致，请输入相同的口令。</translation>
    </message>
</context>
<context>
    <name>PortfolioLabels</name>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="13"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="14"/>
        <source>Fixed income</source>
        <translation>固定收益</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="15"/>
        <source>Equity</source>
        <translation>权益</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="16"/>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="17"/>
        <source>Alternatives</source>
        <translation>另类投资</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="18"/>
        <location filename="../../ui/portfolio_labels.py" line="25"/>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="21"/>
        <source>Brokerage</source>
        <translation>证券账户</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="22"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="23"/>
        <source>Fund platform</source>
        <translation>基金平台</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="24"/>
        <source>Wealth management</source>
        <translation>理财</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="26"/>
        <source>Trust</source>
        <translation>信托</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="27"/>
        <source>Pension</source>
        <translation>养老金</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="28"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="31"/>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="32"/>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="33"/>
        <source>Subscription</source>
        <translation>申购/认购</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="34"/>
        <source>Redemption</source>
        <translation>赎回</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="35"/>
        <source>Dividend</source>
        <translation>分红</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="36"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="37"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="38"/>
        <source>Deposit</source>
        <translation>存入</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="39"/>
        <source>Withdrawal</source>
        <translation>取出</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="40"/>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
</context>
<context>
    <name>PortfolioMessages</name>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="62"/>
        <source>Choose the product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="63"/>
        <source>Enter a quantity above zero.</source>
        <translation>请输入大于零的数量。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="64"/>
        <source>A quantity cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="65"/>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="66"/>
        <source>Enter the amount without a sign; the kind gives the direction.</source>
        <translation>金额请勿带正负号，方向由交易类型决定。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="69"/>
        <source>A note has at most 500 characters.</source>
        <translation>备注最多 500 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="70"/>
        <source>The account holds none of this product to sell.</source>
        <translation>该账户没有持有此产品，无法卖出。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="71"/>
        <source>This sells more than the account holds.</source>
        <translation>卖出数量超过了账户持有数量。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="72"/>
        <source>That product is not in the catalogue.</source>
        <translation>该产品不在产品目录中。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="73"/>
        <source>That account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="74"/>
        <source>That account does not belong to this client.</source>
        <translation>该账户不属于此客户。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="75"/>
        <source>Enter a number, for example 1000 or 1.2345.</source>
        <translation>请输入数字，例如 1000 或 1.2345。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="76"/>
        <source>A trade date cannot be in the future.</source>
        <translation>交易日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="77"/>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="78"/>
        <source>Enter the institution.</source>
        <translation>请输入机构名称。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="79"/>
        <source>Enter the account number.</source>
        <translation>请输入账号。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="80"/>
        <source>An account number has at most 60 characters.</source>
        <translation>账号最多 60 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_labels.py" line="81"/>
        <source>That client no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="49"/>
        <location filename="../../ui/widgets/portfolio_panel.py" line="57"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="53"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="54"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="50"/>
        <location filename="../../ui/widgets/portfolio_panel.py" line="70"/>
        <source>Value</source>
        <translation>市值</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="51"/>
        <source>XIRR (a year)</source>
        <translation>XIRR（年化）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="52"/>
        <source>TWR (period)</source>
        <translation>TWR（期间）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="58"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="59"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="60"/>
        <source>Asset class</source>
        <translation>资产类别</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="61"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="62"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="63"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="64"/>
        <source>Market value</source>
        <translation>市值</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="65"/>
        <source>Valued on</source>
        <translation>估值日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="66"/>
        <source>Value (base)</source>
        <translation>市值（本位币）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="69"/>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="71"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="128"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="154"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="160"/>
        <source>Show full number</source>
        <translation>显示完整账号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="164"/>
        <source>Show the selected account&apos;s full number (the look is recorded)</source>
        <translation>显示所选账户的完整账号（查看将被记录）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="173"/>
        <source>Add account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="181"/>
        <source>Record transaction…</source>
        <translation>记录交易…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="193"/>
        <source>Holdings</source>
        <translation>持仓</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="209"/>
        <source>By asset class</source>
        <translation>按资产类别</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="212"/>
        <source>By risk rating</source>
        <translation>按风险等级</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="286"/>
        <source>No accounts recorded yet.</source>
        <translation>尚未记录任何账户。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="291"/>
        <source>Calculating returns…</source>
        <translation>正在计算收益…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="351"/>
        <source>Assets under management: %1</source>
        <translation>管理资产：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="356"/>
        <source>Holdings: %1 · value %2 · cost of the %3 holdings %4</source>
        <translation>持仓：%1 项 · 市值 %2 · %3 持仓成本 %4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="382"/>
        <source>Choose a period that ends after it starts.</source>
        <translation>请选择结束日期晚于开始日期的期间。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="386"/>
        <source>Over the period: XIRR %1 a year · TWR %2 · net contributions %3</source>
        <translation>期间内：XIRR 年化 %1 · TWR %2 · 净投入 %3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="394"/>
        <source>no return can be computed: nothing was invested in the period.</source>
        <translation>无法计算收益：期间内没有投入资金。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="402"/>
        <source>No return can be computed for this account in the period.</source>
        <translation>该账户在此期间无法计算收益。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="438"/>
        <source>Select an account first.</source>
        <translation>请先选择一个账户。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="464"/>
        <source>Account added.</source>
        <translation>账户已添加。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_panel.py" line="482"/>
        <source>Transaction recorded.</source>
        <translation>交易已记录。</translation>
    </message>
</context>
<context>
    <name>ProfessionalStatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="76"/>
        <source>Professional-investor status — %1</source>
        <translation>专业投资者认定 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="82"/>
        <source>A professional investor has financial assets of at least %1, or an average annual income of at least %2 over the last three years, and at least %3 year(s) of investment experience.</source>
        <translation>专业投资者须金融资产不低于 %1，或最近三年年均收入不低于 %2，且具有 %3 年以上投资经验。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="102"/>
        <source>Decided on</source>
        <translation>认定日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="110"/>
        <source>RMB, e.g. 3,500,000 or 350万</source>
        <translation>人民币，如 3,500,000 或 350万</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="116"/>
        <source>Financial assets</source>
        <translation>金融资产</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="119"/>
        <source>Average income (3 years)</source>
        <translation>近三年年均收入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="127"/>
        <source>Years of experience</source>
        <translation>投资经验（年）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="132"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="135"/>
        <source>Attach the evidence…</source>
        <translation>附上证明材料…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="152"/>
        <source>Determinations are kept as a history; a later one replaces this one.</source>
        <translation>认定记录作为历史保存；之后的认定将取代本次认定。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="156"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="157"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="174"/>
        <source>Enter the amounts as numbers, e.g. 3,500,000.</source>
        <translation>请以数字输入金额，如 3,500,000。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="182"/>
        <source>Qualifies as a professional investor on financial assets.</source>
        <translation>依金融资产符合专业投资者条件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="187"/>
        <source>Qualifies as a professional investor on income.</source>
        <translation>依收入符合专业投资者条件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="191"/>
        <source>Does not qualify: the client will be an ordinary investor.</source>
        <translation>不符合条件：客户为普通投资者。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="200"/>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="202"/>
        <source>Scans and PDFs (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>扫描件和PDF (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="243"/>
        <source>Attach the evidence (asset certificates, bank statements or tax records) before classing the client as a professional investor.</source>
        <translation>认定客户为专业投资者前，请附上证明材料（资产证明、银行流水或纳税记录）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/professional_status_dialog.py" line="260"/>
        <source>Nothing was recorded (%1).</source>
        <translation>未记录任何内容（%1）。</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="58"/>
        <source>Risk questionnaire</source>
        <translation>风险评估问卷</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="74"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="77"/>
        <source>Export as JSON…</source>
        <translation>导出为JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="82"/>
        <source>Publish a new version…</source>
        <translation>发布新版本…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="86"/>
        <source>Choose an edited JSON file; it becomes the next version, used by new assessments. Earlier assessments keep theirs.</source>
        <translation>选择编辑好的JSON文件；它将成为下一版本，供新的评估使用。此前的评估保留其原版本。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="107"/>
        <source>Version %1 · %2</source>
        <translation>第%1版 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="119"/>
        <source>Nothing published yet: the first assessment publishes the shipped default as version 1.</source>
        <translation>尚未发布：首次评估时将把内置默认问卷发布为第1版。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="148"/>
        <source>Score bands</source>
        <translation>分数段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="149"/>
        <source>Capping rules</source>
        <translation>上限规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="180"/>
        <source>Export questionnaire</source>
        <translation>导出问卷</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="182"/>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="212"/>
        <source>JSON files (*.json)</source>
        <translation>JSON文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="196"/>
        <source>The file could not be written (%1).</source>
        <translation>文件无法写入（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="210"/>
        <source>Publish questionnaire</source>
        <translation>发布问卷</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/questionnaire_dialog.py" line="229"/>
        <source>Nothing was published (%1).</source>
        <translation>未发布任何内容（%1）。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="51"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="52"/>
        <source>Clients</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="53"/>
        <source>Timeline entries</source>
        <translation>时间线条目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="54"/>
        <source>Audit entries</source>
        <translation>审计记录数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="55"/>
        <source>Audit head</source>
        <translation>审计链头</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="56"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="81"/>
        <source>Backups and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="89"/>
        <source>Other folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="108"/>
        <source>No verified backups in this folder yet.</source>
        <translation>此文件夹中尚无已验证的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="115"/>
        <source>Only backups that passed their checks are listed. Restoring writes a new office file; the open office is not changed. Open the new file with File ▸ Open when it is ready.</source>
        <translation>仅列出通过校验的备份。恢复会写入一个新的办公室文件，当前打开的办公室不受影响。完成后请通过“文件 ▸ 打开”打开新文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="138"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="142"/>
        <source>Restore to new file…</source>
        <translation>恢复到新文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="145"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="161"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="198"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="226"/>
        <source>Restore to a new office file</source>
        <translation>恢复到新的办公室文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="228"/>
        <source>AdvisorDesk offices (*.db)</source>
        <translation>AdvisorDesk 办公室文件 (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="238"/>
        <source>Choose a backup in the list first.</source>
        <translation>请先在列表中选择一个备份。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="243"/>
        <source>%1 already exists; choose a new name. Nothing is replaced from here.</source>
        <translation>%1 已存在；请另选文件名。此处不会覆盖任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="251"/>
        <source>That folder does not exist.</source>
        <translation>该文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="258"/>
        <source>The office is locked; unlock it first.</source>
        <translation>办公室已锁定，请先解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="279"/>
        <source>Checking and restoring %1…</source>
        <translation>正在校验并恢复 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="291"/>
        <source>Restored to %1 (%2 clients). Open it with File ▸ Open.</source>
        <translation>已恢复到 %1（%2 位客户）。请通过“文件 ▸ 打开”打开。</translation>
    </message>
</context>
<context>
    <name>ReviewPackDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="54"/>
        <source>Review pack…</source>
        <translation>回顾资料…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="57"/>
        <source>Print or save this client&apos;s review pack for a meeting</source>
        <translation>为会议打印或保存该客户的回顾资料</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="97"/>
        <source>Review pack</source>
        <translation>回顾资料</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="108"/>
        <source>The pack holds what is recorded for the client; sections with nothing recorded are left out. Identity and account numbers are printed masked. Each pack saved or printed is noted on the client&apos;s timeline.</source>
        <translation>资料包含该客户已记录的信息；没有记录的部分不会出现。身份证件号码和账号均以掩码打印。每次保存或打印都会记入客户的时间线。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="126"/>
        <source>Save and open…</source>
        <translation>保存并打开…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="131"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="136"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="170"/>
        <source>Save the review pack</source>
        <translation>保存回顾资料</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="172"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="190"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>已保存 %1（共 %n 页）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="203"/>
        <source>Print the review pack</source>
        <translation>打印回顾资料</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="212"/>
        <source>The printer could not be opened; check it and try again.</source>
        <translation>无法打开打印机，请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_pack_dialog.py" line="221"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>已向打印机发送 %n 页。</translation>
    </message>
</context>
<context>
    <name>RiskAssessmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="68"/>
        <source>New risk assessment — %1</source>
        <translation>新建风险评估 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="74"/>
        <source>%1 (version %2)</source>
        <translation>%1（第%2版）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="118"/>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="120"/>
        <source>The client has signed the completed questionnaire</source>
        <translation>客户已在填好的问卷上签字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="128"/>
        <source>Attach the signed form…</source>
        <translation>附上签字问卷…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="142"/>
        <source>The assessment is kept with its answers and this questionnaire version; a later assessment supersedes it but never changes it.</source>
        <translation>评估连同答案和本问卷版本一并保存；之后的评估会取代它，但不会修改它。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="147"/>
        <source>Record assessment</source>
        <translation>记录评估</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="170"/>
        <source>%1 of %2 questions answered; %3 to go.</source>
        <translation>已回答 %1/%2 题，还剩 %3 题。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="181"/>
        <source>Score %1: band %2. Level: %3</source>
        <translation>得分 %1：分数段 %2。等级：%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="188"/>
        <source>Cap applied: %1</source>
        <translation>适用上限规则：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="199"/>
        <source>Signed questionnaire</source>
        <translation>签字问卷</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="201"/>
        <source>Scans and PDFs (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>扫描件和PDF (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="219"/>
        <source>Answer every question.</source>
        <translation>请回答所有问题。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="224"/>
        <source>Tick that the client has signed the questionnaire, or attach the signed form.</source>
        <translation>请勾选客户已签署问卷，或附上签字问卷。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/risk_assessment_dialog.py" line="255"/>
        <source>Nothing was recorded (%1).</source>
        <translation>未记录任何内容（%1）。</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="57"/>
        <source>Assessed</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="58"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="59"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="60"/>
        <source>Caps</source>
        <translation>上限规则</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="61"/>
        <source>Valid until</source>
        <translation>有效至</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="62"/>
        <source>By</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="63"/>
        <source>Client&apos;s confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="66"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="67"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="68"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="69"/>
        <source>Reason given</source>
        <translation>说明理由</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="72"/>
        <source>Recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="73"/>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="76"/>
        <source>Suitable</source>
        <translation>适当</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="77"/>
        <source>Mismatch, acknowledged</source>
        <translation>不匹配，已确认</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="80"/>
        <source>financial assets</source>
        <translation>金融资产</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="81"/>
        <source>income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="177"/>
        <source>Double-click an assessment to open its signed form</source>
        <translation>双击评估记录可打开签字问卷</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="200"/>
        <source>New assessment…</source>
        <translation>新建评估…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="202"/>
        <source>Record recommendation…</source>
        <translation>记录推荐…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="205"/>
        <source>Professional status…</source>
        <translation>专业投资者认定…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="208"/>
        <source>Check a product against the client&apos;s risk level and record the recommendation (with the special risk warning when it does not match)</source>
        <translation>按客户风险等级检查产品并记录推荐（不匹配时需特别风险警示）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="214"/>
        <source>Assessments</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="215"/>
        <source>Suitability records</source>
        <translation>适当性记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="263"/>
        <source>Save the new client before assessing their risk tolerance.</source>
        <translation>请先保存新客户，再评估其风险承受能力。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="285"/>
        <source>Not assessed yet: recommendations will carry a warning.</source>
        <translation>尚未评估：推荐将附带警示。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="295"/>
        <source>Expired on %1: reassess the client.</source>
        <translation>已于 %1 过期：请重新评估客户。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="308"/>
        <source>Assessed on %1, valid until %2 (%3 days left).</source>
        <translation>评估于 %1，有效至 %2（剩余 %3 天）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="320"/>
        <source>Professional investor since %1 (on %2): may take every rating.</source>
        <translation>自 %1 起为专业投资者（依据：%2）：可购买各风险等级产品。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="328"/>
        <source>Ordinary investor.</source>
        <translation>普通投资者。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="333"/>
        <source>Trend: %1</source>
        <translation>趋势：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="358"/>
        <source>Signed form (double-click)</source>
        <translation>签字问卷（双击打开）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="360"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="409"/>
        <source>Assessment recorded: %1.</source>
        <translation>已记录评估：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="430"/>
        <source>The signed form was erased at the client&apos;s request.</source>
        <translation>签字问卷已应客户要求删除。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="437"/>
        <source>The signed form cannot be opened: it is missing or damaged; restore the office from a backup.</source>
        <translation>无法打开签字问卷：文件缺失或损坏；请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="458"/>
        <source>Professional-investor status recorded.</source>
        <translation>已记录专业投资者认定。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_panel.py" line="479"/>
        <source>Recommendation recorded.</source>
        <translation>已记录推荐。</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <location filename="../../ui/widgets/row_list_editor.py" line="302"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list_editor.py" line="303"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list_editor.py" line="304"/>
        <source>Reveal</source>
        <translation>查看完整号码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list_editor.py" line="305"/>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
</context>
<context>
    <name>SmartListDialog</name>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="42"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="43"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="44"/>
        <source>Age (years)</source>
        <translation>年龄（岁）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="45"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="46"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="47"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="48"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="49"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="50"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="51"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="52"/>
        <source>Need or interest</source>
        <translation>需求或兴趣</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="53"/>
        <source>Days since last contact</source>
        <translation>距上次联系天数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="54"/>
        <source>Days to next review</source>
        <translation>距下次回顾天数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="55"/>
        <source>Value score</source>
        <translation>价值评分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="56"/>
        <source>Investable assets (minor units)</source>
        <translation>可投资资产（最小货币单位）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="57"/>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="58"/>
        <source>In hand-picked list</source>
        <translation>在手选名单中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="80"/>
        <source>field key</source>
        <translation>字段键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="85"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="88"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="109"/>
        <source>values, separated by commas</source>
        <translation>多个值用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="153"/>
        <source>Smart list</source>
        <translation>智能名单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="155"/>
        <source>Hand-picked list</source>
        <translation>手选名单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="162"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="171"/>
        <source>Clients matching all of these (AND)</source>
        <translation>同时满足以下全部条件的客户（且）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="175"/>
        <source>Clients matching any of these (OR)</source>
        <translation>满足以下任一条件的客户（或）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="179"/>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="184"/>
        <source>Edit as JSON (nested AND/OR groups)</source>
        <translation>以 JSON 编辑（嵌套的且/或条件组）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="201"/>
        <source>A smart list is a saved filter: its clients are always the current matches. An empty group places no condition.</source>
        <translation>智能名单是保存的筛选条件：其客户始终是当前符合条件的客户。空条件组不设任何条件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="207"/>
        <source>Add clients to a hand-picked list from the Lists sidebar (right-click).</source>
        <translation>在“名单”侧栏中（右键）向手选名单添加客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="216"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="217"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="303"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="309"/>
        <source>Matches %1 clients now</source>
        <translation>当前符合条件的客户：%1 位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/smart_list_dialog.py" line="317"/>
        <source>This filter cannot be counted.</source>
        <translation>无法计算此筛选的数量。</translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="92"/>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="294"/>
        <source>Lists</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="93"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="96"/>
        <source>Smart list (saved filter)…</source>
        <translation>智能名单（保存的筛选）…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="100"/>
        <source>Hand-picked list…</source>
        <translation>手选名单…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="209"/>
        <source>Clients behind a chart bar</source>
        <translation>图表中该柱对应的客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="211"/>
        <source>All clients</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="221"/>
        <source>Hand-picked list</source>
        <translation>手选名单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="255"/>
        <source>Delete the list “%1”? Its clients stay.</source>
        <translation>删除名单“%1”？其中的客户不会被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="260"/>
        <source>Delete list</source>
        <translation>删除名单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="304"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="305"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="308"/>
        <source>Add the open client</source>
        <translation>加入当前打开的客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/smart_list_sidebar.py" line="312"/>
        <source>Remove the open client</source>
        <translation>移除当前打开的客户</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="29"/>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="118"/>
        <source>Add financial snapshot</source>
        <translation>添加财务快照</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="35"/>
        <source>As of</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="37"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="47"/>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="100"/>
        <source>Liabilities</source>
        <translation>负债</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="49"/>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="103"/>
        <source>Annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="53"/>
        <source>Amounts in the snapshot currency, e.g. 1,250,000.00.</source>
        <translation>金额以快照货币计，例如 1,250,000.00。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="107"/>
        <source>A snapshot cannot be dated in the future.</source>
        <translation>快照日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>SuitabilityDialog</name>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="61"/>
        <source>The client has no risk assessment; assess the client first.</source>
        <translation>客户没有风险评估；请先进行评估。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="64"/>
        <source>The client&apos;s risk assessment has expired; reassess the client.</source>
        <translation>客户的风险评估已过期；请重新评估。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="67"/>
        <source>The product&apos;s risk rating is above the client&apos;s risk level.</source>
        <translation>产品风险等级高于客户的风险承受等级。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="70"/>
        <source>A C1 client (the most conservative) may only take R1 products.</source>
        <translation>C1客户（最保守类别）只能购买R1产品。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="73"/>
        <source>Professional investor: may take products of every risk rating.</source>
        <translation>专业投资者：可购买各风险等级的产品。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="78"/>
        <source>Suitable</source>
        <translation>适当</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="80"/>
        <source>Warning: not within the client&apos;s risk level</source>
        <translation>警示：超出客户的风险承受等级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="84"/>
        <source>Blocked</source>
        <translation>禁止</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="87"/>
        <source>Record recommendation</source>
        <translation>记录推荐</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="88"/>
        <source>Record purchase</source>
        <translation>记录购买</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="132"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="146"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="169"/>
        <source>Why go on despite the warning (kept with the record):</source>
        <translation>仍然继续的理由（随记录保存）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="179"/>
        <source>The client has read the special risk warning and confirmed in writing that they want to go on.</source>
        <translation>客户已阅读特别风险警示，并书面确认仍要继续。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="189"/>
        <source>Attach the signed warning…</source>
        <translation>附上签字的风险警示书…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="203"/>
        <source>The check, any warning and the client&apos;s acknowledgement are kept for the retention period and appear on the client&apos;s timeline.</source>
        <translation>检查结果、警示和客户确认将在保存期限内保留，并显示在客户时间线上。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="209"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="226"/>
        <source>The product catalogue is empty.</source>
        <translation>产品目录为空。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="236"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="241"/>
        <source>%1, expired on %2</source>
        <translation>%1，已于 %2 过期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="243"/>
        <source>%1, valid until %2</source>
        <translation>%1，有效至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="256"/>
        <source>professional investor</source>
        <translation>专业投资者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="265"/>
        <source>Client&apos;s risk level: %1 · Product rating: %2</source>
        <translation>客户风险等级：%1 · 产品风险等级：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="276"/>
        <source>Special risk warning: %1 carries more risk than the client&apos;s assessed tolerance (%2). The client may lose more than they can bear. Read this warning to the client; they confirm it in writing before you go on.</source>
        <translation>特别风险警示：%1 的风险超出客户经评估的风险承受能力（%2）。客户可能遭受超出其承受能力的损失。请向客户宣读本警示，客户书面确认后方可继续。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="288"/>
        <source>This product cannot be recommended to or bought for this client. Choose an R1 product, or reassess the client if their situation has changed.</source>
        <translation>不能向该客户推荐或为其购买此产品。请选择R1产品；如客户情况有变，请重新评估。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="299"/>
        <source>Signed risk warning</source>
        <translation>签字的风险警示书</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="301"/>
        <source>Scans and PDFs (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>扫描件和PDF (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="323"/>
        <source>Write the reason for going on despite the warning.</source>
        <translation>请填写仍然继续的理由。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="331"/>
        <source>Tick that the client has confirmed the special risk warning, or attach the signed warning.</source>
        <translation>请勾选客户已确认特别风险警示，或附上签字的警示书。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_dialog.py" line="365"/>
        <source>Nothing was recorded (%1).</source>
        <translation>未记录任何内容（%1）。</translation>
    </message>
</context>
<context>
    <name>SuitabilityReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="46"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="47"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="48"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="49"/>
        <source>Level / rating</source>
        <translation>客户等级 / 产品等级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="50"/>
        <source>Why flagged</source>
        <translation>标记原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="51"/>
        <source>Reason given</source>
        <translation>说明理由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="52"/>
        <source>Acknowledgement</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="53"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="71"/>
        <source>Suitability report</source>
        <translation>适当性报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="82"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="84"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="87"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="117"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="120"/>
        <source>Save as CSV…</source>
        <translation>另存为CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="140"/>
        <source>The period ends before it starts; swap the dates.</source>
        <translation>结束日期早于开始日期；请对调日期。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="147"/>
        <source>%1 mismatches from %2 to %3.</source>
        <translation>%2 至 %3 共 %1 条不匹配记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="162"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="164"/>
        <source>signed warning attached</source>
        <translation>已附签字警示书</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="166"/>
        <source>confirmed by the client</source>
        <translation>客户已确认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="183"/>
        <source>Save suitability report</source>
        <translation>保存适当性报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="185"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="202"/>
        <source>The report could not be saved (%1).</source>
        <translation>报告无法保存（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="238"/>
        <source>&amp;Suitability</source>
        <translation>适当性(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="240"/>
        <source>Suitability &amp;report…</source>
        <translation>适当性报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suitability_report_dialog.py" line="243"/>
        <source>Risk &amp;questionnaire…</source>
        <translation>风险评估问卷(&amp;Q)…</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="36"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="37"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="38"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="41"/>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="42"/>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="43"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="44"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="45"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="46"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="73"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="80"/>
        <source>e.g. Call about the renewal</source>
        <translation>例如：致电商谈续约</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="87"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="92"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="95"/>
        <source>No client</source>
        <translation>无客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="100"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="108"/>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="115"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="125"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="132"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="138"/>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="143"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="150"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="152"/>
        <source>Create task</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="94"/>
        <source>None (a task of your own)</source>
        <translation>无（个人任务）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="93"/>
        <source>Task for which client?</source>
        <translation>为哪位客户创建任务？</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="40"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="41"/>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="42"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="43"/>
        <location filename="../../ui/models/timeline_model.py" line="80"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="44"/>
        <source>Message / WeChat</source>
        <translation>消息/微信</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="45"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="46"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="47"/>
        <source>Review meeting</source>
        <translation>检视会议</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="48"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="49"/>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="50"/>
        <source>Purchase / redemption</source>
        <translation>申购/赎回</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="51"/>
        <source>Document</source>
        <translation>文件往来</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="52"/>
        <source>Suitability check</source>
        <translation>适当性检查</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="53"/>
        <source>Review pack printed</source>
        <translation>已打印回顾资料</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="73"/>
        <source>from the client</source>
        <translation>客户发起</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="74"/>
        <source>to the client</source>
        <translation>我方发起</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="77"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="78"/>
        <source>In person</source>
        <translation>面对面</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="79"/>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="81"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="82"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="83"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="84"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="132"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="138"/>
        <source>satisfaction %1/5</source>
        <translation>满意度 %1/5</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="143"/>
        <source>recorded by %1</source>
        <translation>记录人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="150"/>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="156"/>
        <source>Follow-up: %1</source>
        <translation>后续跟进：%1</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="162"/>
        <source>Files attached: %1</source>
        <translation>附件：%1 个</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="168"/>
        <source>Shared with %1 other clients&apos; timelines</source>
        <translation>同时显示在另外 %1 位客户的时间线上</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="254"/>
        <source>Search this timeline</source>
        <translation>在时间线中搜索</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="262"/>
        <source>Add entry…</source>
        <translation>添加记录…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="265"/>
        <source>Record a call, meeting or note for this client (Ctrl+I)</source>
        <translation>为该客户记录电话、会面或备注（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="272"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="275"/>
        <source>Entries moved to the trash, restorable until purged</source>
        <translation>已移入回收站的记录，清除前可恢复</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="325"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="372"/>
        <source>Save the new client first; then record what happens with them here.</source>
        <translation>请先保存新客户，然后在这里记录与客户的往来。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="377"/>
        <source>No entry matches this search or type.</source>
        <translation>没有符合搜索条件或类型的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="381"/>
        <source>Nothing recorded yet. Press Ctrl+I to add the first entry.</source>
        <translation>尚无记录。按 Ctrl+I 添加第一条。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="389"/>
        <source>%1 entries</source>
        <translation>共 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="440"/>
        <source>Entry recorded.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="465"/>
        <source>Entry saved.</source>
        <translation>记录已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="490"/>
        <location filename="../../ui/widgets/timeline_panel.py" line="497"/>
        <location filename="../../ui/widgets/timeline_panel.py" line="544"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="502"/>
        <source>Moved to the trash: %1. Restore it from Trash.</source>
        <translation>已移入回收站：%1。可在“回收站”中恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="517"/>
        <source>The trash is empty</source>
        <translation>回收站为空</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="522"/>
        <source>Deleted entries are kept %1 days, then purged</source>
        <translation>删除的记录保留 %1 天，之后永久清除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="529"/>
        <source>Restore: %1 (%2, deleted %3)</source>
        <translation>恢复：%1（%2，删除于 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="548"/>
        <source>Entry restored.</source>
        <translation>记录已恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="558"/>
        <source>History of this entry</source>
        <translation>此记录的修改历史</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="567"/>
        <location filename="../../ui/widgets/timeline_panel.py" line="580"/>
        <location filename="../../ui/widgets/timeline_panel.py" line="586"/>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="587"/>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="617"/>
        <source>Collapse</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="619"/>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="622"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="625"/>
        <source>Attach a file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="629"/>
        <source>Open a file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="634"/>
        <source>History…</source>
        <translation>修改历史…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="637"/>
        <source>Move to the trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="644"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="645"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="646"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="647"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="648"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="649"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="650"/>
        <source>Notes</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="651"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="652"/>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="653"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="654"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="655"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="656"/>
        <source>Family members present</source>
        <translation>在场的家庭成员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="657"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="660"/>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="661"/>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="662"/>
        <source>moved to the trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="663"/>
        <source>restored from the trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="664"/>
        <source>file attached</source>
        <translation>附加了文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_panel.py" line="701"/>
        <source>No history recorded.</source>
        <translation>没有修改记录。</translation>
    </message>
</context>
<context>
    <name>TransactionDialog</name>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="60"/>
        <source>Record transaction</source>
        <translation>记录交易</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="84"/>
        <source>(no product)</source>
        <translation>（无产品）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="114"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="115"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="116"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="117"/>
        <source>Trade date</source>
        <translation>交易日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="118"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="119"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="120"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="121"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="122"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="129"/>
        <source>Enter the amount without a sign; the kind gives the direction (a transfer out is negative). A buy or subscription is checked for suitability first.</source>
        <translation>金额请勿带正负号，方向由交易类型决定（转出为负数）。买入或认购前会先进行适当性检查。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="134"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="135"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="140"/>
        <source>This client has no account yet; import or add one first.</source>
        <translation>该客户尚无账户，请先导入或添加账户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transaction_dialog.py" line="235"/>
        <source>Not recorded: the suitability check was not completed.</source>
        <translation>未记录：适当性检查未完成。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/app.py" line="41"/>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="275"/>
        <source>Office in use</source>
        <translation>机构文件正在使用中</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="44"/>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="278"/>
        <source>Open it read-only?</source>
        <translation>以只读方式打开吗？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="51"/>
        <source>Too short: use at least 10 characters (a few words work well).</source>
        <translation>太短：请至少使用 10 个字符（几个词组合效果很好）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="56"/>
        <source>Weak: make it longer.</source>
        <translation>弱：请再长一些。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="57"/>
        <source>Fair: a few more words would help.</source>
        <translation>一般：再加几个词会更好。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="58"/>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="59"/>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="86"/>
        <source>AdvisorDesk — open an office</source>
        <translation>AdvisorDesk — 打开机构文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="102"/>
        <source>Recent offices</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="106"/>
        <source>Office file</source>
        <translation>机构文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="113"/>
        <source>Empty: the only user, or the admin who created the office</source>
        <translation>留空：唯一用户，或创建机构的管理员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="117"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="121"/>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="147"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="122"/>
        <source>Open office</source>
        <translation>打开机构文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="132"/>
        <source>New office file</source>
        <translation>新机构文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="138"/>
        <source>Your name: the office gets user accounts, you as its admin</source>
        <translation>您的姓名：机构启用用户账户，您为管理员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="142"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="152"/>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="158"/>
        <source>Nobody can recover a forgotten passphrase: the office stays locked without it. Write it down and keep it somewhere safe.</source>
        <translation>忘记的口令无人能够找回：没有口令，机构文件将一直处于锁定状态。请把它写下来并妥善保管。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="166"/>
        <source>Create office</source>
        <translation>新建机构文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="178"/>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="229"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="209"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="211"/>
        <source>Office files (*.db);;All files (*)</source>
        <translation>机构文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="231"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="261"/>
        <source>Choose the office file to open.</source>
        <translation>请选择要打开的机构文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="265"/>
        <source>Enter the office passphrase.</source>
        <translation>请输入机构文件的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="294"/>
        <source>The office could not be opened (%1).</source>
        <translation>无法打开机构文件（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="307"/>
        <source>Choose where to save the new office.</source>
        <translation>请选择新机构文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="315"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>两次输入的口令不一致，请输入相同的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="328"/>
        <source>The office could not be created (%1).</source>
        <translation>无法创建机构文件（%1）。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="20"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="21"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="22"/>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="23"/>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="91"/>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="107"/>
        <source>This office opens with one shared passphrase. Set up user accounts: you become the admin and sign in with the office passphrase, then add your colleagues, each with their own passphrase and role.</source>
        <translation>此机构使用一个共享口令打开。设置用户账户后，您成为管理员并使用机构口令登录，然后添加同事，每人拥有自己的口令和角色。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="118"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="123"/>
        <source>Office passphrase</source>
        <translation>机构口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="126"/>
        <source>Set up accounts</source>
        <translation>设置账户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="138"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="139"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="140"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="141"/>
        <source>Shared clients</source>
        <translation>共享客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="155"/>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="156"/>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="159"/>
        <source>Passphrase…</source>
        <translation>口令…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="162"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="163"/>
        <source>Share client…</source>
        <translation>共享客户…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="164"/>
        <source>Stop sharing…</source>
        <translation>停止共享…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="175"/>
        <source>Change office key…</source>
        <translation>更换机构密钥…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="188"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="212"/>
        <source>A user was removed since the office key last changed: an old copy of the key-slot file would still let them in. Change the office key now.</source>
        <translation>自上次更换机构密钥以来有用户被删除：旧的密钥槽文件副本仍可让其进入。请立即更换机构密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="222"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="224"/>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="277"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="293"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="294"/>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="319"/>
        <source>Passphrase of %1</source>
        <translation>%1 的口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="330"/>
        <source>Remove user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="331"/>
        <source>Remove %1? Their key slot is deleted at once; their name stays in the history. Change the office key afterwards.</source>
        <translation>删除 %1？其密钥槽将立即删除，姓名保留在历史记录中。之后请更换机构密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="348"/>
        <source>Share a client with %1</source>
        <translation>与 %1 共享客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="369"/>
        <source>No client is shared with %1.</source>
        <translation>没有与 %1 共享的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="376"/>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="377"/>
        <source>Client number:</source>
        <translation>客户编号：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="389"/>
        <source>Change office key</source>
        <translation>更换机构密钥</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="390"/>
        <source>Give the office a new key? Everyone keeps their passphrase; copies of the key-slot file taken before now stop working. Other windows on this office must be closed.</source>
        <translation>为机构更换新密钥？每个人的口令保持不变；此前复制的密钥槽文件将失效。必须先关闭此机构的其他窗口。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="405"/>
        <source>Enter your name and the office passphrase.</source>
        <translation>请输入您的姓名和机构口令。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="415"/>
        <source>Changing the office key…</source>
        <translation>正在更换机构密钥…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="481"/>
        <source>S&amp;ecurity</source>
        <translation>安全(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="482"/>
        <source>&amp;Users and roles…</source>
        <translation>用户与角色(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="484"/>
        <source>Change my &amp;passphrase…</source>
        <translation>更改我的口令(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="486"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="519"/>
        <source>Change my passphrase</source>
        <translation>更改我的口令</translation>
    </message>
</context>
</TS>
