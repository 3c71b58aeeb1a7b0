<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppMessages</name>
    <message>
        <location filename="../../ui/app.py" line="70" />
        <source>Something went wrong and this action was not completed. Everything saved before it is safe. (%1)</source>
        <translation>出现意外错误，此操作未完成。此前已保存的内容均安全无损。（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="12" />
        <source>A snapshot cannot be dated in the future.</source>
        <translation>快照日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="13" />
        <source>Assets cannot be negative.</source>
        <translation>资产不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="14" />
        <source>Choose a channel from the list.</source>
        <translation>请从列表中选择联系渠道。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="15" />
        <source>Choose a gender from the list.</source>
        <translation>请从列表中选择性别。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="16" />
        <source>Choose a marital status from the list.</source>
        <translation>请从列表中选择婚姻状况。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="17" />
        <source>Choose a status from the list.</source>
        <translation>请从列表中选择状态。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="18" />
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="19" />
        <source>Enter a finite number.</source>
        <translation>请输入一个有限的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="20" />
        <source>Enter a number of years between 0 and 100.</source>
        <translation>请输入 0 到 100 之间的年数。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="21" />
        <source>Enter a number, for example 12 or 3.5.</source>
        <translation>请输入数字，例如 12 或 3.5。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="22" />
        <source>Enter the client's legal name.</source>
        <translation>请输入客户的法定姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="23" />
        <source>Enter the first line of the address.</source>
        <translation>请输入地址第一行。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="24" />
        <source>Enter the relative's name.</source>
        <translation>请输入亲属姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="25" />
        <source>Enter yes or no.</source>
        <translation>请输入“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="26" />
        <source>Income cannot be negative.</source>
        <translation>收入不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="27" />
        <source>Keep this under 500 characters.</source>
        <translation>请控制在 500 个字符以内。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="28" />
        <source>Liabilities cannot be negative.</source>
        <translation>负债不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="29" />
        <source>That identity document does not belong to this client.</source>
        <translation>该证件不属于此客户。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="30" />
        <source>The Chinese name should be written in Chinese characters.</source>
        <translation>中文姓名应使用汉字书写。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="31" />
        <source>The date of birth is before 1900.</source>
        <translation>出生日期早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="32" />
        <source>The date of birth is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="33" />
        <source>The last review cannot be in the future.</source>
        <translation>上次回顾日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="34" />
        <source>'Client since' cannot be in the future.</source>
        <translation>“成为客户日期”不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="35" />
        <source>The legal name is too long (200 characters at most).</source>
        <translation>法定姓名过长（最多 200 个字符）。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="36" />
        <source>This custom field no longer exists.</source>
        <translation>此自定义字段已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="37" />
        <source>Unknown asset class.</source>
        <translation>未知的资产类别。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="38" />
        <source>Use the two-letter country code, e.g. CN or US.</source>
        <translation>请使用两个字母的国家代码，例如 CN 或 US。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="39" />
        <source>A currency code must be three letters, such as CNY, USD or HKD.</source>
        <translation>货币代码必须是三个字母，例如 CNY、USD 或 HKD。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="42" />
        <source>A passport number must be 6 to 9 letters or digits; check for typos.</source>
        <translation>护照号码必须是 6 到 9 位字母或数字，请检查是否输错。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="45" />
        <source>An e-mail address must contain exactly one @ sign, as in name@example.com.</source>
        <translation>电子邮箱地址必须恰好包含一个 @ 符号，例如 name@example.com。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="48" />
        <source>Choose a currency.</source>
        <translation>请选择货币。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="49" />
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="50" />
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="51" />
        <source>Enter an e-mail address.</source>
        <translation>请输入电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="52" />
        <source>Enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="53" />
        <source>Enter the document number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="54" />
        <source>Enter the passport number.</source>
        <translation>请输入护照号码。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="55" />
        <source>The amount is not a valid number.</source>
        <translation>金额不是有效的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="56" />
        <source>The amount is too large to be stored; check for extra digits.</source>
        <translation>金额过大，无法保存，请检查是否多输了数字。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="59" />
        <source>The birth date inside the ID number is in the future; check characters 7 to 14.</source>
        <translation>身份证号码中的出生日期晚于今天，请检查第 7 至 14 位。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="63" />
        <source>The document number must be 4 to 30 letters, digits or dashes; check for typos.</source>
        <translation>证件号码必须是 4 到 30 位字母、数字或短横线，请检查是否输错。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="67" />
        <source>The domain after the @ sign must include an ending such as .com or .cn.</source>
        <translation>@ 后面的域名必须带有后缀，例如 .com 或 .cn。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="70" />
        <source>The e-mail address is missing the domain after the @ sign.</source>
        <translation>电子邮箱地址缺少 @ 后面的域名。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="71" />
        <source>The e-mail address is missing the part before the @ sign.</source>
        <translation>电子邮箱地址缺少 @ 前面的部分。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="72" />
        <source>The e-mail address must not contain spaces.</source>
        <translation>电子邮箱地址不能包含空格。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="73" />
        <source>The first 17 characters of an ID number must all be digits.</source>
        <translation>身份证号码的前 17 位必须全部是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="74" />
        <source>This currency is not supported; choose a listed currency such as CNY, USD or HKD.</source>
        <translation>不支持此货币，请选择列表中的货币，例如 CNY、USD 或 HKD。</translation>
    </message>
    <message>
        <location filename="../../ui/app_messages.py" line="78" />
        <source>This client was changed elsewhere since you opened it. Your edits are kept on screen; reload to see the other change, then apply yours again.</source>
        <translation>自您打开此客户以来，其他人已修改了该客户。您的修改仍保留在屏幕上；请重新载入查看对方的修改，然后再次应用您的修改。</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../ui/client_card.py" line="69" />
        <source>Legal name</source>
        <translation>法定姓名</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="70" />
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="71" />
        <source>Pinyin / Latin name</source>
        <translation>拼音 / 英文名</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="72" />
        <source>Preferred name</source>
        <translation>常用称呼</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="75" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="76" />
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="77" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="78" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="79" />
        <source>Education</source>
        <translation>教育程度</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="166" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="167" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="170" />
        <source>Save this card (Ctrl+S)</source>
        <translation>保存此客户卡片（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="174" />
        <source>Discard your edits and show the saved card (Esc)</source>
        <translation>放弃修改并显示已保存的卡片（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="271" />
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="278" />
        <location filename="../../ui/client_card.py" line="428" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="283" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="288" />
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="297" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="304" />
        <source>Documents</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="306" />
        <source>Identity documents</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="311" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="312" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="314" />
        <location filename="../../ui/client_card.py" line="374" />
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="316" />
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="326" />
        <source>Numbers are masked. Revealing one is recorded with your name and reason.</source>
        <translation>证件号码已遮蔽。查看完整号码将记录您的姓名和原因。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="335" />
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="337" />
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="342" />
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="343" />
        <location filename="../../ui/client_card.py" line="355" />
        <location filename="../../ui/client_card.py" line="365" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="347" />
        <source>Emails</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="353" />
        <source>Email address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="359" />
        <source>Postal addresses</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="367" />
        <source>Address line 1</source>
        <translation>地址第一行</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="368" />
        <source>Address line 2</source>
        <translation>地址第二行</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="369" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="370" />
        <source>Region</source>
        <translation>省/地区</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="372" />
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="380" />
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="385" />
        <source>Preferred channel</source>
        <translation>首选联系渠道</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="392" />
        <source>Contact times</source>
        <translation>方便联系时间</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="399" />
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="401" />
        <source>Households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="406" />
        <source>Relationships</source>
        <translation>关联关系</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="415" />
        <source>Double-click a client to open their card.</source>
        <translation>双击客户可打开其卡片。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="417" />
        <source>Relatives who are not clients</source>
        <translation>非客户亲属</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="422" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="424" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="433" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="440" />
        <source>Financial</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="459" />
        <source>Add snapshot…</source>
        <translation>添加快照…</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="730" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="736" />
        <source>Total assets</source>
        <translation>总资产</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="740" />
        <source>Liabilities</source>
        <translation>负债</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="743" />
        <source>Net worth</source>
        <translation>净资产</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="745" />
        <source>Investable</source>
        <translation>可投资资产</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="749" />
        <source>Annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="467" />
        <source>Preferences</source>
        <translation>投资偏好</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="472" />
        <source>Short-term objective</source>
        <translation>短期目标</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="479" />
        <source>Long-term objective</source>
        <translation>长期目标</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="486" />
        <source>Horizon (years)</source>
        <translation>投资期限（年）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="493" />
        <source>Liquidity needs</source>
        <translation>流动性需求</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="500" />
        <source>Experience (years)</source>
        <translation>投资经验（年）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="505" />
        <source>Products used</source>
        <translation>投资过的产品</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="506" />
        <source>Preferred asset classes</source>
        <translation>偏好的资产类别</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="507" />
        <source>Excluded asset classes</source>
        <translation>排除的资产类别</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="508" />
        <source>Themes</source>
        <translation>投资主题</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="514" />
        <source>Needs and tags</source>
        <translation>需求与标签</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="517" />
        <source>Special needs</source>
        <translation>特殊需求</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="522" />
        <source>Notes on needs</source>
        <translation>需求备注</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="524" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="528" />
        <source>Separate several entries with commas.</source>
        <translation>多个条目请用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="534" />
        <source>Lifecycle</source>
        <translation>客户周期</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="539" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="544" />
        <source>Owner advisor</source>
        <translation>负责顾问</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="546" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="548" />
        <source>Client since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="549" />
        <source>Last review</source>
        <translation>上次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="550" />
        <source>Next review</source>
        <translation>下次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="556" />
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="594" />
        <source>This office has not defined any custom fields.</source>
        <translation>本机构尚未定义任何自定义字段。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="716" />
        <source>Not in a household.</source>
        <translation>不属于任何家庭。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="725" />
        <source>No links to other clients.</source>
        <translation>与其他客户无关联。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="779" />
        <source>Tier: %1 (from the snapshot of %2; net worth %3, investable %4)</source>
        <translation>客户等级：%1（依据 %2 的快照；净资产 %3，可投资资产 %4）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="789" />
        <source>Tier: %1 (no financial snapshot yet)</source>
        <translation>客户等级：%1（尚无财务快照）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="802" />
        <source>New client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="804" />
        <source>Fill in at least the legal name, then save.</source>
        <translation>请至少填写法定姓名，然后保存。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="811" />
        <source>%1 · %2 · owner %3</source>
        <translation>%1 · %2 · 负责顾问 %3</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="899" />
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未保存：请修正红色标出的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="911" />
        <source>This office is open read-only; changes cannot be saved.</source>
        <translation>此机构文件以只读方式打开，无法保存修改。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="931" />
        <source>Cancel (Esc) reloads the saved card; your edits are then lost.</source>
        <translation>按“取消”（Esc）会重新载入已保存的卡片，您的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="940" />
        <source>Changed elsewhere</source>
        <translation>已在别处被修改</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="946" />
        <location filename="../../ui/client_card.py" line="953" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="954" />
        <source>The card could not be saved (%1). Your edits are still on screen.</source>
        <translation>无法保存此卡片（%1）。您的修改仍保留在屏幕上。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="962" />
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="979" />
        <source>Client removed</source>
        <translation>客户已被删除</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="983" />
        <source>Edits discarded.</source>
        <translation>已放弃修改。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="159" />
        <location filename="../../ui/client_card.py" line="991" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="992" />
        <source>You have unsaved changes to %1. Save them?</source>
        <translation>您对 %1 的修改尚未保存。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="997" />
        <source>the new client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1014" />
        <location filename="../../ui/client_card.py" line="1022" />
        <location filename="../../ui/client_card.py" line="1035" />
        <source>Reveal identity number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1015" />
        <source>Revealing is recorded, which a read-only window cannot do.</source>
        <translation>查看完整号码需要留下记录，只读窗口无法记录。</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1023" />
        <source>Why do you need the full number? (recorded)</source>
        <translation>为什么需要查看完整号码？（将被记录）</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1061" />
        <source>Snapshot not added</source>
        <translation>未添加快照</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="1088" />
        <source>Snapshot added.</source>
        <translation>已添加快照。</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="32" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="33" />
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="34" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="35" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="36" />
        <source>Owner</source>
        <translation>负责顾问</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="37" />
        <source>Investable</source>
        <translation>可投资资产</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="38" />
        <source>Next review</source>
        <translation>下次回顾</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="39" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table_model.py" line="40" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Former</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Mass</source>
        <translation>大众</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Affluent</source>
        <translation>富裕</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>HNW</source>
        <translation>高净值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>UHNW</source>
        <translation>超高净值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <location filename="../../ui/labels.py" line="75" />
        <location filename="../../ui/labels.py" line="82" />
        <location filename="../../ui/labels.py" line="88" />
        <location filename="../../ui/labels.py" line="93" />
        <location filename="../../ui/labels.py" line="99" />
        <location filename="../../ui/labels.py" line="108" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Undisclosed</source>
        <translation>不愿透露</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Single</source>
        <translation>未婚</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Married</source>
        <translation>已婚</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Divorced</source>
        <translation>离异</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Widowed</source>
        <translation>丧偶</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>Partnered</source>
        <translation>同居伴侣</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>PRC resident ID</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>HK/Macau permit</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Taiwan permit</source>
        <translation>台湾通行证</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Foreign permanent resident ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>In person</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Securities</source>
        <translation>证券</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Funds</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Insurance cash value</source>
        <translation>保险现金价值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Real estate</source>
        <translation>房地产</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Business equity</source>
        <translation>企业股权</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>Collectibles</source>
        <translation>收藏品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Other assets</source>
        <translation>其他资产</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <location filename="../../ui/labels.py" line="78" />
        <location filename="../../ui/labels.py" line="102" />
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <location filename="../../ui/labels.py" line="103" />
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <location filename="../../ui/labels.py" line="104" />
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <location filename="../../ui/labels.py" line="105" />
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <location filename="../../ui/labels.py" line="107" />
        <source>Grandchild</source>
        <translation>孙辈</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>Business partner</source>
        <translation>商业伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81" />
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86" />
        <location filename="../../ui/labels.py" line="96" />
        <source>Home</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <location filename="../../ui/labels.py" line="92" />
        <location filename="../../ui/labels.py" line="97" />
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>Mailing</source>
        <translation>通信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106" />
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <source>&amp;New client</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>&amp;Find client</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261" />
        <source>Search names, pinyin, initials, phone, email, ID tail, tags  (Ctrl+F)</source>
        <translation>搜索姓名、拼音、首字母、电话、邮箱、证件尾号、标签（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268" />
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>All owners</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>Any custom field</source>
        <translation>任意自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>AdvisorDesk — %1</source>
        <translation>AdvisorDesk — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315" />
        <source>Read-only: you can look, but nothing you change here can be saved.</source>
        <translation>只读：您可以查看，但在此所做的任何修改都无法保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346" />
        <source>No client matches. Check the spelling, try pinyin or initials, or clear the filters.</source>
        <translation>没有匹配的客户。请检查拼写，试试拼音或首字母，或清除筛选条件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351" />
        <source>No clients yet. Create the first one with File → New client (Ctrl+N).</source>
        <translation>还没有客户。请通过“文件 → 新建客户”（Ctrl+N）创建第一位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357" />
        <source>Clients: %1</source>
        <translation>客户数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421" />
        <source>This office is open read-only.</source>
        <translation>此机构文件以只读方式打开。</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <location filename="../../ui/widgets/row_list_editor.py" line="253" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list_editor.py" line="254" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list_editor.py" line="255" />
        <source>Reveal</source>
        <translation>查看完整号码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list_editor.py" line="256" />
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="29" />
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="118" />
        <source>Add financial snapshot</source>
        <translation>添加财务快照</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="35" />
        <source>As of</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="37" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="47" />
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="100" />
        <source>Liabilities</source>
        <translation>负债</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="49" />
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="103" />
        <source>Annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="53" />
        <source>Amounts in the snapshot currency, e.g. 1,250,000.00.</source>
        <translation>金额以快照货币计，例如 1,250,000.00。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshot_dialog.py" line="107" />
        <source>A snapshot cannot be dated in the future.</source>
        <translation>快照日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/app.py" line="36" />
        <location filename="../../ui/dialogs/unlock_dialog.py" line="230" />
        <source>Office in use</source>
        <translation>机构文件正在使用中</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="39" />
        <location filename="../../ui/dialogs/unlock_dialog.py" line="233" />
        <source>Open it read-only?</source>
        <translation>以只读方式打开吗？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="49" />
        <source>Too short: use at least 10 characters (a few words work well).</source>
        <translation>太短：请至少使用 10 个字符（几个词组合效果很好）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="54" />
        <source>Weak: make it longer.</source>
        <translation>弱：请再长一些。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="55" />
        <source>Fair: a few more words would help.</source>
        <translation>一般：再加几个词会更好。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="56" />
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="57" />
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="82" />
        <source>AdvisorDesk — open an office</source>
        <translation>AdvisorDesk — 打开机构文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="98" />
        <source>Recent offices</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="102" />
        <source>Office file</source>
        <translation>机构文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="108" />
        <location filename="../../ui/dialogs/unlock_dialog.py" line="126" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="109" />
        <source>Open office</source>
        <translation>打开机构文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="119" />
        <source>New office file</source>
        <translation>新机构文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="131" />
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="137" />
        <source>Nobody can recover a forgotten passphrase: the office stays locked without it. Write it down and keep it somewhere safe.</source>
        <translation>忘记的口令无人能够找回：没有口令，机构文件将一直处于锁定状态。请把它写下来并妥善保管。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="145" />
        <source>Create office</source>
        <translation>新建机构文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="157" />
        <location filename="../../ui/dialogs/unlock_dialog.py" line="187" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="167" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="169" />
        <source>Office files (*.db);;All files (*)</source>
        <translation>机构文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="189" />
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="219" />
        <source>Choose the office file to open.</source>
        <translation>请选择要打开的机构文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="223" />
        <source>Enter the office passphrase.</source>
        <translation>请输入机构文件的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="249" />
        <source>The office could not be opened (%1).</source>
        <translation>无法打开机构文件（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="262" />
        <source>Choose where to save the new office.</source>
        <translation>请选择新机构文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="270" />
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>两次输入的口令不一致，请输入相同的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock_dialog.py" line="283" />
        <source>The office could not be created (%1).</source>
        <translation>无法创建机构文件（%1）。</translation>
    </message>
</context>
</TS>