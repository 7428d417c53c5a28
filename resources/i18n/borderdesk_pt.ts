<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="93"/>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="94"/>
        <source>User {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="100"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="101"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="109"/>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="115"/>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="116"/>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="117"/>
        <source>The user chooses their own password at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../../borderdesk/ui/admin_page.py" line="38"/>
        <source>Run set-&amp;up again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/admin_page.py" line="40"/>
        <source>Change the station's name, crossing code, country, time zone and language (accounts and data stay)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="273"/>
        <source>The administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="274"/>
        <source>The administrator adds the officers' accounts later. Choose a password of a few words with spaces: easy to remember, hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="278"/>
        <source>e.g. vesna.ilic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="286"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="287"/>
        <source>Name &amp;shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="288"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="289"/>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="314"/>
        <source>Good: this password will do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalystView</name>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="245"/>
        <source>Active &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="246"/>
        <source>Bac&amp;k-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="247"/>
        <source>&amp;Watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="248"/>
        <source>The rules, weights, instructions and lists the station screens with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="250"/>
        <source>What two profiles would have done to the stored declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="252"/>
        <source>Persons, companies and vehicles screening looks for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BacktestModel</name>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="122"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="122"/>
        <source>The rule's id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="124"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="124"/>
        <source>What the rule finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="127"/>
        <source>Finds A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="127"/>
        <source>Hits A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="128"/>
        <source>Precision A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="129"/>
        <source>Finds B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="129"/>
        <source>Hits B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="130"/>
        <source>Precision B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="134"/>
        <source>Declarations of the period the rule hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="136"/>
        <source>Hits whose inspection found something, of those inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="139"/>
        <source>Finds as a share of the inspected hits (– when none was inspected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BacktestPanel</name>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="182"/>
        <source>Choose a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="183"/>
        <source>Risk profiles (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="215"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="216"/>
        <source>Profile A: usually the profile in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="217"/>
        <source>Profile B: the changed profile or version to compare with A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="219"/>
        <source>Add profile fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="220"/>
        <source>Add a profile file to both lists and choose it as B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="228"/>
        <source>The first lodging day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="229"/>
        <source>The last lodging day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="230"/>
        <source>&amp;Run back-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="232"/>
        <source>Screen the period's stored declarations with A and B (nothing is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="235"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="236"/>
        <source>Stop the running back-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="245"/>
        <source>Profile &amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="246"/>
        <source>Profile &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="252"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="253"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="262"/>
        <source>Choose two profiles and a period, then run the back-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="370"/>
        <source>Back-testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="406"/>
        <source>Back-test finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="412"/>
        <source>Back-test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="415"/>
        <source>Back-test not run: a profile has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="417"/>
        <source>Profile problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="418"/>
        <source>The profile has problems and was not used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="423"/>
        <source>Back-test not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="425"/>
        <source>Back-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="425"/>
        <source>The back-test could not run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_view.py" line="440"/>
        <source>{a}{b}. {count} declarations lodged {first} to {last} ({days} days); inspection outcomes known for {known}; chosen at random: {random}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarsChart</name>
    <message>
        <location filename="../../borderdesk/ui/reports_charts.py" line="89"/>
        <source>Nothing in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDocumentDialog</name>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="172"/>
        <source>The seizure case the document is printed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="174"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="174"/>
        <source>signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="175"/>
        <source>{number} ({state}, {items} item(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="184"/>
        <source>The language the document is printed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="189"/>
        <source>The A4 label sheet in the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="194"/>
        <source>The firearm the trace request is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="199"/>
        <source>&amp;Next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="203"/>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="204"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="206"/>
        <source>Label &amp;sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="208"/>
        <source>&amp;Firearm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="221"/>
        <source>Item {number}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="228"/>
        <source>There is no seizure case at this station yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="230"/>
        <source>This case has no firearm: trace requests are made for firearms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../borderdesk/ui/sign_in_dialog.py" line="134"/>
        <source>Choose your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sign_in_dialog.py" line="146"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sign_in_dialog.py" line="147"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sign_in_dialog.py" line="148"/>
        <source>New password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sign_in_dialog.py" line="156"/>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sign_in_dialog.py" line="170"/>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="84"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="85"/>
        <source>needed for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="85"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="88"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="88"/>
        <source>Step number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="90"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="90"/>
        <source>The evidence step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="92"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="92"/>
        <source>The item, for steps per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="95"/>
        <source>Done, or what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="95"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="98"/>
        <source>last done {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="131"/>
        <source>Welcome to borderdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="132"/>
        <source>No station has been set up on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="135"/>
        <source>&amp;Try the demo station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="136"/>
        <source>One click: generated declarations of a Western Balkans crossing, seizure cases and one account per role (officer, supervisor, analyst, trainer, admin), all with the password "demo station password". Nothing in it is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="141"/>
        <source>&amp;Set up this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="142"/>
        <source>Name the crossing, create its administrator and recovery key, enrol with headquarters if you have a code, and start empty or with the demo data for practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="181"/>
        <source>Creating the demo station…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceQuestion</name>
    <message>
        <location filename="../../borderdesk/ui/identify_questions.py" line="265"/>
        <source>Clear the choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_questions.py" line="267"/>
        <source>Leave this question unanswered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <location filename="../../borderdesk/ui/identify_questions.py" line="156"/>
        <source>{tip}
(key {number})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyHistory</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="46"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="47"/>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="48"/>
        <source>contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="49"/>
        <source>seal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="50"/>
        <source>sealed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="51"/>
        <source>sealed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="52"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="53"/>
        <source>released by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="54"/>
        <source>received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="55"/>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="56"/>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="57"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="72"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="83"/>
        <source>{what}withdrawn {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="88"/>
        <source>{what}corrected {when} by {who}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="91"/>
        <source>why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="133"/>
        <source>{value} (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="135"/>
        <source>{value} (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="149"/>
        <source>seal {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="156"/>
        <source>{number} (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="193"/>
        <source>Event number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="193"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="195"/>
        <source>Time of the hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="195"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="197"/>
        <source>Released by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="197"/>
        <source>Who handed it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="199"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="199"/>
        <source>Who took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="201"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="201"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="203"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="203"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="205"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="205"/>
        <source>Typed in when, by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="207"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyPanel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="152"/>
        <source>&amp;Make package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="153"/>
        <source>Pack an item, or its rounds or parts (records the packaging step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="156"/>
        <source>&amp;Seal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="157"/>
        <source>Put seals on the selected package (records the seal step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="160"/>
        <source>&amp;Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="162"/>
        <source>Record that the selected package changes hands; both people confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="166"/>
        <source>Correct&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="168"/>
        <source>Correct or withdraw the selected package or one of its seals, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="172"/>
        <source>Correct &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="174"/>
        <source>&amp;Withdraw package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="176"/>
        <source>Correct &amp;seal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="178"/>
        <source>Withdraw s&amp;eal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="180"/>
        <source>Show withdrawn and c&amp;orrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="182"/>
        <source>List withdrawn packages, seals and hand-overs too (greyed) and mark the corrected ones; the tooltip tells what was corrected, by whom, when and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="193"/>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="195"/>
        <source>Correct the selected hand-over; the entry as recorded is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="198"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="200"/>
        <source>Withdraw the selected hand-over (recorded by mistake); it is kept as withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="213"/>
        <source>&amp;Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="253"/>
        <source>The chain of custody has gaps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="294"/>
        <source>&amp;Custody of package {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="295"/>
        <source>&amp;Custody (select a package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="316"/>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="458"/>
        <source>item {n}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="320"/>
        <source>&amp;Items in it (or whose rounds or parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="322"/>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="462"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="323"/>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="466"/>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="324"/>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="350"/>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="407"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="324"/>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="350"/>
        <source>now, or 2026-11-28 14:05 (station time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="326"/>
        <source>Packed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="337"/>
        <source>Make a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="337"/>
        <source>Rigid box, ties not through the barrel, paper not plastic; ammunition, magazines and parts apart. The label id is given when it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="348"/>
        <source>&amp;Seal numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="349"/>
        <source>several: separate them with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="352"/>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="511"/>
        <source>Sealed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="353"/>
        <source>The sealing officer is the package's first holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="364"/>
        <source>Seal package {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="365"/>
        <source>Photograph the sealed package afterwards (Photos tab, linked to the package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="379"/>
        <source>&amp;Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="380"/>
        <source>What was wrong; kept with the entry, with who and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="386"/>
        <source>These later hand-overs no longer follow on; correct them too:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="400"/>
        <source>Released &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="402"/>
        <source>Re&amp;ceived by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="404"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="406"/>
        <source>P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="408"/>
        <source>2026-11-28 14:05 (station time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="409"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="422"/>
        <source>Correct hand-over {seq} of package {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="424"/>
        <source>Change what was recorded wrongly. The entry as recorded is kept and shown as corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="426"/>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="478"/>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="523"/>
        <source>&amp;Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="428"/>
        <source>Hand-over {seq} corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="442"/>
        <source>Withdraw hand-over {seq} of package {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="444"/>
        <source>{released} to {received}, {place}. It is kept, shown as withdrawn; recorded on the wrong package? Record it again on the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="448"/>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="493"/>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="539"/>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="450"/>
        <source>Hand-over {seq} withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="464"/>
        <source>&amp;Items in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="476"/>
        <source>Correct package {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="477"/>
        <source>Items taken out lose this package's step records; items put in get them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="490"/>
        <source>Withdraw package {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="491"/>
        <source>The package and its step records are kept, shown as withdrawn. A package that changed hands: withdraw its hand-overs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="497"/>
        <source>&amp;Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="505"/>
        <source>leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="508"/>
        <source>Right &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="509"/>
        <source>2026-11-28 14:05 (station time); leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="509"/>
        <source>Sealed &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="521"/>
        <source>Correct a seal of package {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="522"/>
        <source>A seal number typed wrongly, or the wrong time or officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="536"/>
        <source>Withdraw a seal of package {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="537"/>
        <source>The seal is kept, shown as withdrawn, and its number is free again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="223"/>
        <source>Declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="224"/>
        <source>What the new station holds at first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="225"/>
        <source>Start &amp;empty: declarations come from imports and the inbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="227"/>
        <source>Load the &amp;demo data for practice (generated declarations and seizure cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="237"/>
        <source>Demo data is generated, never real: a station that goes live should start empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationView</name>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="95"/>
        <source>Documents check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="96"/>
        <source>Physical inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="97"/>
        <source>X-ray scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="98"/>
        <source>Detection dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="101"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="102"/>
        <source>Irregularity (not firearms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="103"/>
        <source>Firearms, parts or ammunition found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="106"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="107"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="108"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="111"/>
        <source>Consignor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="112"/>
        <source>Consignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="113"/>
        <source>Declarant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="114"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="115"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="116"/>
        <source>Trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="119"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="120"/>
        <source>CMR consignment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="121"/>
        <source>Arms licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="122"/>
        <source>End-user certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="123"/>
        <source>Deactivation certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="125"/>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="265"/>
        <location filename="../../borderdesk/ui/declaration_view.py" line="282"/>
        <source>Start inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="266"/>
        <source>Kind of inspection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="331"/>
        <source>Start &amp;inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="336"/>
        <source>Start an inspection of this declaration ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="339"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="369"/>
        <source>Declaration {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="450"/>
        <source>Lodged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="451"/>
        <source>Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="451"/>
        <source>{procedure} by {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="455"/>
        <source>Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="456"/>
        <source>Crossing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="457"/>
        <source>{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="459"/>
        <source>{version} (amended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="460"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="465"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="470"/>
        <source>Not screened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="488"/>
        <source>Score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="490"/>
        <source>selected at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="491"/>
        <source>profile {profile}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="493"/>
        <source>screened {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="495"/>
        <source>Change &amp;lane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="497"/>
        <source>Move this declaration to another lane, with a reason (the screening result is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="506"/>
        <source>An officer changed the lane from {old} (see lane changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="510"/>
        <source>No rule hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="520"/>
        <source>{kind} '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="522"/>
        <source>{score} (threshold {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="524"/>
        <source>{role}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="527"/>
        <source>Watch-list matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="528"/>
        <source>In this declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="528"/>
        <source>Listed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="529"/>
        <source>Note on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="529"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="540"/>
        <source>{rule}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="542"/>
        <source>weight {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="544"/>
        <source>{weight}, sets the lane to {lane}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="553"/>
        <source>Instruction: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="558"/>
        <source>Rationale (analysts): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="565"/>
        <source>Parties and vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="575"/>
        <source>{role}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="582"/>
        <source>trailer {plate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="583"/>
        <source>Vehicle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="585"/>
        <source>Seals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="587"/>
        <source>No parties recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="619"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="620"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="620"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="620"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="621"/>
        <source>On the lodging date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="622"/>
        <source>No documents declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="635"/>
        <source>Goods lines ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="673"/>
        <location filename="../../borderdesk/ui/declaration_view.py" line="688"/>
        <source>{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="678"/>
        <source>→</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="680"/>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="681"/>
        <source>Lodged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="681"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="681"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="682"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="682"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="683"/>
        <source>Not amended: this is the declaration as lodged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="692"/>
        <source>Lane changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="693"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="693"/>
        <location filename="../../borderdesk/ui/declaration_view.py" line="716"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="693"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="694"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="695"/>
        <source>No officer changed the lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="701"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="705"/>
        <source>{outcome} ({who}, {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="709"/>
        <source>Seizure case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="715"/>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="716"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="716"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="717"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="718"/>
        <source>No inspection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="725"/>
        <source>Record &amp;outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="727"/>
        <source>Record the outcome and findings of this inspection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationsModel</name>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="69"/>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="70"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="71"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="72"/>
        <source>Lodged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="73"/>
        <source>Consignor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="74"/>
        <source>Consignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="75"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="76"/>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="77"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="78"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="82"/>
        <source>The declaration's reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="84"/>
        <source>Red: physical inspection; yellow: document check; green: release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="87"/>
        <source>The risk score the active profile gave (higher: riskier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="89"/>
        <source>When the declaration was lodged, in the time zone it was written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="91"/>
        <source>Who sends the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="92"/>
        <source>Who receives the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="93"/>
        <source>The countries the goods pass through, from origin to destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="95"/>
        <source>What the goods lines declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="96"/>
        <source>The latest inspection: under way, or its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="98"/>
        <source>1 is the declaration as first lodged; higher numbers are amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="103"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="104"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="105"/>
        <source>Transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="109"/>
        <source>truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="110"/>
        <source>van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="111"/>
        <source>car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="112"/>
        <source>bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="113"/>
        <source>rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="114"/>
        <source>postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="118"/>
        <source>under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="119"/>
        <source>nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="120"/>
        <source>irregularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="121"/>
        <source>seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="127"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="128"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="129"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="149"/>
        <source>{lane} (random)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="324"/>
        <source>Some declarations changed while listed: press F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="423"/>
        <source>Vehicle: {registration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="429"/>
        <source>{local}
{utc} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="434"/>
        <source>{summary}
Goods lines: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="438"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="441"/>
        <source>{lane}, score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declarations_model.py" line="445"/>
        <source>Selected at random for a check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="147"/>
        <source>Headquarters (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="148"/>
        <source>If headquarters gave you an enrolment code, the station can be enrolled now. Without one, skip this: the Administration page enrols the station later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="151"/>
        <source>&amp;Enrol this station with headquarters now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="158"/>
        <source>&amp;Skip enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="164"/>
        <source>Headquarters' &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="165"/>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="193"/>
        <source>{reason}. Check the address and the code and press Next, or skip the enrolment: the Administration page enrols the station later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="117"/>
        <source>Add to the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="118"/>
        <source>Edit watch-list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="125"/>
        <source>A name, or a plate for a vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="128"/>
        <source>Why it is listed (analysts only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="134"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="135"/>
        <source>&amp;Name or plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="136"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="137"/>
        <source>Recorded with your user name and the time; an edited entry keeps its old form in the database. It counts from the next screening on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="52"/>
        <source>2026-11-28 14:05 (station time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="53"/>
        <source>45.0453, 19.4364</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="54"/>
        <source>TR &gt; BG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="55"/>
        <source>TR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="56"/>
        <source>Ana Kovač; Marko Ilić</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="177"/>
        <source>{label} ({field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="197"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="199"/>
        <source>Store the fields you changed (Ctrl+S); after sign-off a reason is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="203"/>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="204"/>
        <source>Show the fields as stored again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="224"/>
        <source>&amp;History of the fields (amendments highlighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="274"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="281"/>
        <source>Not saved: the case is signed off, and a change needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseConsole</name>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="27"/>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="66"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="28"/>
        <source>The scenario's title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="30"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="31"/>
        <source>The pack's id and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="33"/>
        <source>Crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="34"/>
        <source>The crossing the scenario plays at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="36"/>
        <source>Declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="37"/>
        <source>Declarations the trainee screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="39"/>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="93"/>
        <source>Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="40"/>
        <source>Events the trainer releases during the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="42"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="43"/>
        <source>Shipped with borderdesk, or a pack you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="44"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="51"/>
        <source>{minutes} min ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="56"/>
        <source>real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="56"/>
        <source>stepped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="60"/>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="61"/>
        <source>Who plays this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="63"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="64"/>
        <source>The course or group the session belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="67"/>
        <source>The scenario pack and its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="70"/>
        <source>Scenario time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="71"/>
        <source>Minutes since the scenario's start, and its clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="73"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="74"/>
        <source>Stepped by the trainer, or running in real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="76"/>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="77"/>
        <source>Declarations looked inside (physical, X-ray or dog) of all inspections started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="82"/>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="83"/>
        <source>Items identified with the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="86"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="87"/>
        <source>Seizure cases opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="89"/>
        <source>Evidence steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="90"/>
        <source>Evidence steps recorded in the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="94"/>
        <source>Injects released of the scenario's</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="102"/>
        <source>due at minute {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="103"/>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="103"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="104"/>
        <source>released ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="108"/>
        <source>Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="109"/>
        <source>When the inject is due, in scenario minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="111"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="112"/>
        <source>Amendment, arrival, watch-list update or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="114"/>
        <source>Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="115"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="117"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_sessions_model.py" line="118"/>
        <source>Released, or when it is due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDialogs</name>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="133"/>
        <source>Step the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="134"/>
        <source>Move {trainee}'s scenario time forward by (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="142"/>
        <source>Reset the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="142"/>
        <source>Start {trainee}'s exercise again from the beginning? A fresh session is made from the same scenario pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="146"/>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="147"/>
        <source>&amp;Delete the old session (its work cannot be scored afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="216"/>
        <source>Add a scenario pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="217"/>
        <source>Scenario packs (manifest.yaml *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="227"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseFromCase</name>
    <message>
        <location filename="../../borderdesk/ui/exercise_from_case.py" line="42"/>
        <source>{number} — declaration {declaration}, {items} item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_from_case.py" line="46"/>
        <source>New scenario from a signed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_from_case.py" line="47"/>
        <source>Signed case (every name, plate and number in it will be replaced):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_from_case.py" line="57"/>
        <source>Save the scenario pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_from_case.py" line="58"/>
        <source>Scenario packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_from_case.py" line="73"/>
        <source>No case is signed off yet: only a closed, signed case can become a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_from_case.py" line="89"/>
        <source>Scenario {id} made from case {number} and added to the packs: {path}. Read it before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_from_case.py" line="93"/>
        <source>Making the scenario from the case…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="146"/>
        <source>Seizure events (cases) in the period, signed off or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="146"/>
        <source>Seizures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="148"/>
        <source>Cases not signed off yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="148"/>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="149"/>
        <source>Arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="149"/>
        <source>Firearms seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="150"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="150"/>
        <source>Parts and components seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="151"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="151"/>
        <source>Rounds of ammunition seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="152"/>
        <source>Declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="152"/>
        <source>Declarations lodged in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="154"/>
        <source>Declarations inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="154"/>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="156"/>
        <source>Declarations selected at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="156"/>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="183"/>
        <source>Arms by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="184"/>
        <source>Seizures by detection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="185"/>
        <source>Seizures by route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="186"/>
        <source>Seizures by crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="187"/>
        <source>Hits and finds per rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="193"/>
        <source>By &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="194"/>
        <source>Seizures and arms by type of arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="196"/>
        <source>By &amp;detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="196"/>
        <source>Seizures by how they were detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="197"/>
        <source>By ro&amp;ute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="198"/>
        <source>Seizures by country of departure and destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="200"/>
        <source>By &amp;crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="200"/>
        <source>Seizures by border crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="201"/>
        <source>Rules &amp;hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="202"/>
        <source>Rules hit and how many hits led to finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="203"/>
        <source>Lane&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="204"/>
        <source>Lane selections against inspection capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="242"/>
        <source>{start} to {end} ({days} days, station time). Every case of the period is counted, signed off or not; an event with arms of two types counts in both rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="258"/>
        <source>declarations hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="259"/>
        <source>finds (seizures and irregularities)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <location filename="../../borderdesk/ui/exercise_findings.py" line="87"/>
        <source>What the inspection of {id} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_findings.py" line="93"/>
        <source>Where: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_findings.py" line="112"/>
        <source>Item {number}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_findings.py" line="114"/>
        <source>Found: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_findings.py" line="115"/>
        <source>Condition as found: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_findings.py" line="126"/>
        <source>(this picture cannot be shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../borderdesk/ui/first_run.py" line="82"/>
        <source>Set up borderdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run.py" line="83"/>
        <source>Run set-up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run.py" line="157"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run.py" line="159"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run.py" line="159"/>
        <source>written down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run.py" line="160"/>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run.py" line="161"/>
        <source>not enrolled now (later from the Administration page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run.py" line="162"/>
        <source>Declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run.py" line="162"/>
        <source>the demo data, for practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run.py" line="163"/>
        <source>none: start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run.py" line="232"/>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run.py" line="234"/>
        <source>Sorry, something went wrong inside borderdesk (a bug); nothing was written. The details are in the log in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="150"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="152"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="154"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="156"/>
        <source>Offences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_common.py" line="192"/>
        <source>Why the signed-off case changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_common.py" line="193"/>
        <source>The case is signed off: this change is kept as an amendment beside the original, with this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_common.py" line="197"/>
        <source>Reason for the &amp;amendment *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_common.py" line="200"/>
        <source>Order of the evidence steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_common.py" line="207"/>
        <source>Why it happened in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_common.py" line="210"/>
        <source>Reason for the &amp;deviation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_common.py" line="333"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_common.py" line="335"/>
        <source>The case is signed off: say why it changes (kept as an amendment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_common.py" line="341"/>
        <source>Give the reason for the deviation, or Cancel and record the steps in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_common.py" line="352"/>
        <source>This breaks the order of the evidence steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_common.py" line="354"/>
        <source>If it really happened this way, say why; it is recorded as a deviation with the rules it broke.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodsModel</name>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="179"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="180"/>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="181"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="182"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="183"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="184"/>
        <source>Gross kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="185"/>
        <source>Net kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/declaration_view.py" line="186"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="73"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="74"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="76"/>
        <source>Amendment reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="78"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="80"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="86"/>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentificationsModel</name>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="54"/>
        <source>completed: {category}, legal category {legal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="56"/>
        <source>completed: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="58"/>
        <source>answered, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="63"/>
        <source>under way: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="77"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="78"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="79"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="81"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentificationsPanel</name>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="113"/>
        <source>Items &amp;identified in this inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="115"/>
        <source>Identify &amp;item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="117"/>
        <source>Identify a firearm, part or ammunition this inspection found (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="120"/>
        <source>Res&amp;ume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="122"/>
        <source>Open the selected identification at the step it was left (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="165"/>
        <location filename="../../borderdesk/ui/identify_list.py" line="173"/>
        <source>Identify item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="166"/>
        <source>A short label for the item (where it was, what it looks like):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="167"/>
        <source>item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_list.py" line="187"/>
        <source>Resume identification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyWizard</name>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="105"/>
        <source>Identify {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="112"/>
        <source>Answers so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="113"/>
        <source>The answers so far: choose a step to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="123"/>
        <source>&amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="144"/>
        <source>Point at a choice to see its drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="148"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="148"/>
        <source>Go back to the step before (Alt+Left); its answers stay filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="151"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="151"/>
        <source>Check the answers and go to the next step (Enter or Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="154"/>
        <source>&amp;Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="154"/>
        <source>Keep the answers and close; resume later from the Inspections page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="158"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="158"/>
        <source>Store the result with the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="220"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="228"/>
        <source>Step {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="388"/>
        <source>Save the identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_wizard.py" line="407"/>
        <source>Finish the identification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../borderdesk/ui/import_flow.py" line="45"/>
        <source>Import declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_flow.py" line="48"/>
        <source>Declarations (*.json *.jsonl *.ndjson *.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_flow.py" line="49"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_flow.py" line="104"/>
        <source>Import finished. New: {new}, amended: {amended}, unchanged: {unchanged}, goods lines: {lines}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_flow.py" line="112"/>
        <source>Files rejected: {rejected} of {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_flow.py" line="116"/>
        <source>Warnings: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_flow.py" line="190"/>
        <source>This station database has no file: nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_flow.py" line="198"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_flow.py" line="268"/>
        <source>Import cancelled: the file being read was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_flow.py" line="273"/>
        <source>Import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_flow.py" line="291"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="97"/>
        <source>{file}: accepted, warnings: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="100"/>
        <source>{file}: rejected, nothing from it was kept. Errors: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="106"/>
        <source>… and {count} more errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="108"/>
        <source>warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="111"/>
        <source>… and {count} more warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="121"/>
        <source>Import problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="123"/>
        <source>Files rejected: {rejected} of {files}. A rejected file is not imported at all: correct it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="134"/>
        <source>Select text and press Ctrl+C to copy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="136"/>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="137"/>
        <source>Copy the whole list to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="35"/>
        <source>Importing declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="38"/>
        <source>Reading and checking the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="41"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="42"/>
        <source>Stop the import; nothing from it will be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="64"/>
        <source>Imported and saved. Screening the new declarations with the active profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="68"/>
        <source>The import is saved; screening finishes by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/import_dialogs.py" line="83"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <location filename="../../borderdesk/ui/inbox_flow.py" line="72"/>
        <source>Inbox: 1 file imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inbox_flow.py" line="74"/>
        <source>Inbox: {count} files imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inbox_flow.py" line="77"/>
        <source>, {count} rejected — see {folder}/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inbox_flow.py" line="80"/>
        <source>; {count} could not be handled (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inbox_flow.py" line="194"/>
        <source>Inbox: the folder {folder} cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inbox_flow.py" line="227"/>
        <source>Inbox: the scan failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inbox_flow.py" line="237"/>
        <source>{name}: see {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inbox_flow.py" line="245"/>
        <source>Inbox: file rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inbox_flow.py" line="246"/>
        <source>Files from the inbox were rejected; nothing from them was stored. Each is in the {folder} folder with its error report beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectsDialog</name>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="164"/>
        <source>Injects of {trainee}'s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="176"/>
        <source>&amp;Release now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="65"/>
        <source>under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="82"/>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="84"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="85"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="87"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="88"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="90"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="92"/>
        <source>Seizure case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="182"/>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="183"/>
        <source>All inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="184"/>
        <source>Which inspections to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="186"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="188"/>
        <source>&amp;Record outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="190"/>
        <source>Record what the selected inspection found (once: corrections are new entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="193"/>
        <source>&amp;Open declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="194"/>
        <source>Show the declaration of the selected inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="239"/>
        <source>No inspection is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="240"/>
        <source>No inspection has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="257"/>
        <source>Select an inspection first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemHistoryModel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="108"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="109"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="109"/>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="112"/>
        <source>Item number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="112"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="114"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="114"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="116"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="118"/>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="119"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="120"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="122"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="124"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="57"/>
        <source>Firearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="58"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="59"/>
        <source>Ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="75"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="75"/>
        <source>The item's number in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="77"/>
        <source>Firearm, part or ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="77"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="79"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="79"/>
        <source>Category or part type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="81"/>
        <source>Pieces or rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="81"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="83"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="83"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="85"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="85"/>
        <source>Serial numbers read from the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="87"/>
        <source>Calibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="89"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="89"/>
        <source>When and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="92"/>
        <source>Amendment reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="93"/>
        <source>Why it changed after sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="144"/>
        <source>Add &amp;identified item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="145"/>
        <source>Add a firearm from a completed identification of this inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="147"/>
        <source>Add &amp;parts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="148"/>
        <source>Add a counted group of parts or components (barrels, slides...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="150"/>
        <source>Add a&amp;mmunition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="151"/>
        <source>Add a counted group of rounds of one calibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="153"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="154"/>
        <source>Correct the selected item's quantity or description (kept as history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="156"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="157"/>
        <source>Withdraw the selected item, recorded by mistake (with a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="173"/>
        <source>Every change to the items (nothing is deleted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="220"/>
        <source>{label} ({category}, {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="228"/>
        <source>&amp;Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="230"/>
        <source>Choose the completed identification of the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="231"/>
        <source>No completed identification of this inspection is left to add: identify the item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="234"/>
        <source>Add identified item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="242"/>
        <source>Part &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="244"/>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="274"/>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="245"/>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="272"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="246"/>
        <source>&amp;Calibre (barrels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="249"/>
        <source>A group of parts counted by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="249"/>
        <source>Add parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="257"/>
        <source>&amp;Calibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="258"/>
        <source>&amp;Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="259"/>
        <source>&amp;Description (headstamp, lot, packaging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="262"/>
        <source>Add ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="262"/>
        <source>Rounds of one calibre, counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="282"/>
        <source>Correct item {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="283"/>
        <source>The old row stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="290"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="291"/>
        <source>Why this item should not be in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="298"/>
        <source>Withdraw item {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="299"/>
        <source>The item stays in the history, marked withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_items_panel.py" line="300"/>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneChart</name>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="275"/>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="278"/>
        <source>{name}: a day on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="276"/>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="279"/>
        <source>{name}: busiest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="285"/>
        <source>Declarations a day per lane, against capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="337"/>
        <source>capacity {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="345"/>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="345"/>
        <source>inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="346"/>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="354"/>
        <source>days over capacity: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="361"/>
        <source>capacity a day: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="365"/>
        <source>{name}: {average:.1f} a day on average, {busiest} on the busiest day, over capacity on {over} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneDaysChart</name>
    <message>
        <location filename="../../borderdesk/ui/reports_charts.py" line="160"/>
        <source>Lane selections per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_charts.py" line="161"/>
        <source>Lane selections per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_charts.py" line="169"/>
        <source>red-lane capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_charts.py" line="224"/>
        <source>red {red}, yellow {yellow}, green {green}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_charts.py" line="227"/>
        <source>red-lane capacity: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneDialog</name>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="193"/>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="264"/>
        <source>Change lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="195"/>
        <source>Declaration {id}: the screening result is kept, and the change is recorded beside it with your name and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="201"/>
        <source>&amp;Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="201"/>
        <source>&amp;Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="202"/>
        <source>&amp;Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="203"/>
        <source>New lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="210"/>
        <source>{lane} (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="223"/>
        <source>Why the lane changes (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="225"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="232"/>
        <source>Choose a lane and give a reason first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="86"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="87"/>
        <source>Choose the language of borderdesk at this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="102"/>
        <source>Montenegrin users choose Serbian (Latin) or Bosnian. Where a translation is not finished yet, borderdesk shows English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalBox</name>
    <message>
        <location filename="../../borderdesk/ui/identify_summary.py" line="110"/>
        <source>The rule table gives no suggestion for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_summary.py" line="112"/>
        <source>Suggested legal category: {category}
Rule {rule} of {table} (version {version}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <location filename="../../borderdesk/ui/session_lock.py" line="88"/>
        <source>borderdesk — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_lock.py" line="91"/>
        <source>Locked. {who} is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_lock.py" line="98"/>
        <source>Type the password to go on. A supervisor may unlock with their own name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_lock.py" line="111"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_lock.py" line="112"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_lock.py" line="119"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_lock.py" line="123"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="155"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="155"/>
        <source>Import declaration files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="159"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="159"/>
        <source>Read the declarations again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="163"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="163"/>
        <source>Search the declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="165"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="170"/>
        <source>Open the selected declaration (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="175"/>
        <source>Start &amp;inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="176"/>
        <source>Start an inspection of the selected declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="179"/>
        <source>I&amp;dentify item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="180"/>
        <source>Identify a firearm, part or ammunition the selected inspection found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="184"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="185"/>
        <source>The inbox folder to watch, and large controls for tablets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="188"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="188"/>
        <source>Close borderdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="192"/>
        <source>&amp;About borderdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="192"/>
        <source>Version and folders of borderdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="196"/>
        <source>S&amp;ynchronise now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="197"/>
        <source>Send what waits to headquarters and receive what it published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="211"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="219"/>
        <source>&amp;Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="223"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="228"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="230"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="250"/>
        <source>&amp;User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="251"/>
        <source>User accounts and roles (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="252"/>
        <source>S&amp;ynchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="253"/>
        <source>Synchronisation with headquarters: state, enrolment, offline bundles and headquarters' messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="263"/>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="264"/>
        <source>Today's declarations in the order to work them: lane, then score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="265"/>
        <source>I&amp;nspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="266"/>
        <source>Inspections under way and their outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="267"/>
        <source>Sei&amp;zures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="268"/>
        <source>Seizure cases opened by inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="269"/>
        <source>Ana&amp;lysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="270"/>
        <source>Risk profile, back-testing and the watch list (risk analysts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="271"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="271"/>
        <source>The supervisor's figures of a period, and every report to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="274"/>
        <source>E&amp;xercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="274"/>
        <source>Training exercises (never touch live data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="275"/>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="276"/>
        <source>User accounts and roles; synchronisation with headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="318"/>
        <source>Back to live station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="318"/>
        <source>Close this exercise and show the live station again? The exercise keeps what the trainee recorded; the trainer scores it from the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="357"/>
        <source>Go to {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="366"/>
        <source>Watch list changed: it counts from the next screening of each declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="395"/>
        <source>Declarations listed, and in the station database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="398"/>
        <source>Station: {station}
Crossing: {crossing}
Country: {country}
Time zone: {zone}
Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="406"/>
        <source>Profile: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="415"/>
        <source>Who is recorded as acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="439"/>
        <source>Inbox: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="439"/>
        <source>No inbox folder is watched (File › Settings… to choose one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="442"/>
        <source>Inbox: folder missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="443"/>
        <source>The inbox folder {folder} cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="446"/>
        <source>Inbox: watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="447"/>
        <source>Files dropped in {folder} are imported every {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="459"/>
        <source>Profile: (invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="460"/>
        <source>The active risk profile cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="463"/>
        <source>Profile: {id} v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="465"/>
        <source>Active risk profile: {id}, version {version}, effective {effective}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="476"/>
        <source>{station} ({crossing})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="593"/>
        <source>Select a declaration first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="598"/>
        <source>Inspection started: {kind} of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="633"/>
        <source>Inbox: watching {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="634"/>
        <source>Inbox: not watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkingQuestion</name>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="85"/>
        <source>What the marking says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="86"/>
        <source>Where it sits on the item (the frame or receiver first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="88"/>
        <source>As found: not present and obliterated need no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="94"/>
        <source>Exactly as read from the item, letters and signs as they are (never from documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="99"/>
        <source>Photo file or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="100"/>
        <source>A photo of this marking, with a scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="101"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="102"/>
        <source>Choose the photo file of this marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="103"/>
        <source>Choose the photo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="105"/>
        <source>Add &amp;marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="107"/>
        <source>Add this marking to the list (Enter in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="109"/>
        <source>Re&amp;place selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="111"/>
        <source>Put the form's marking in place of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="114"/>
        <source>Remo&amp;ve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="116"/>
        <source>Remove the selected marking (Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="123"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="123"/>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="124"/>
        <source>&amp;Text as read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="124"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="130"/>
        <source>P&amp;hoto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="149"/>
        <source>Markings recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="231"/>
        <source>No text to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="265"/>
        <source>Photo of the marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="265"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="309"/>
        <source>Marking {number}: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkingsModel</name>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="58"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="59"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="60"/>
        <source>Text as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_markings.py" line="63"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberQuestion</name>
    <message>
        <location filename="../../borderdesk/ui/identify_questions.py" line="358"/>
        <source>{tip}
From {bounds} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="88"/>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="177"/>
        <source>Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="90"/>
        <source>Inspection of declaration {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="96"/>
        <source>&amp;Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="97"/>
        <source>&amp;Irregularity (not firearms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="98"/>
        <source>&amp;Firearms, parts or ammunition found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="101"/>
        <source>The inspection found nothing to act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="102"/>
        <source>Something is wrong, but no firearms, parts or ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="103"/>
        <source>Opens a seizure case linked to this declaration and inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="105"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="122"/>
        <source>What was checked and what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="125"/>
        <source>Fin&amp;dings (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="132"/>
        <source>Record the outcome (Ctrl+Enter in the findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="277"/>
        <source>Seizure case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/inspection_dialogs.py" line="278"/>
        <source>Seizure case {number} was opened for declaration {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagesModel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="162"/>
        <source>not sealed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="163"/>
        <source>{holder} (chain closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="167"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="167"/>
        <source>The id on the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="169"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="169"/>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="171"/>
        <source>Item numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="171"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="173"/>
        <source>Seal numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="173"/>
        <source>Seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="175"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="175"/>
        <source>Who holds it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="177"/>
        <source>Custody events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="177"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="179"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="179"/>
        <source>When and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_models.py" line="181"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathModel</name>
    <message>
        <location filename="../../borderdesk/ui/identify_path.py" line="63"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_path.py" line="101"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_path.py" line="105"/>
        <source>Shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_path.py" line="106"/>
        <source>Choose it to go back to this step (its answers and the later ones stay filled in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <location filename="../../borderdesk/ui/reports_period.py" line="71"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_period.py" line="72"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_period.py" line="73"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_period.py" line="74"/>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_period.py" line="76"/>
        <source>Which station days the figures count (the station's time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_period.py" line="78"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_period.py" line="80"/>
        <source>First day counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_period.py" line="81"/>
        <source>Last day counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_period.py" line="82"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_period.py" line="83"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsModel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="129"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="129"/>
        <source>Role in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="131"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="132"/>
        <source>ISO country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="132"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="134"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="136"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="136"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="138"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="138"/>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoLogModel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="152"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="152"/>
        <source>When it was logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="154"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="154"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="155"/>
        <source>Import or correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="155"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="157"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="157"/>
        <source>The photo's id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="159"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="161"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="161"/>
        <source>Why it was corrected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoQuestion</name>
    <message>
        <location filename="../../borderdesk/ui/identify_photos.py" line="31"/>
        <source>Photo file or camera reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_photos.py" line="32"/>
        <source>Type the photo's reference and press Add, or choose the photo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_photos.py" line="36"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_photos.py" line="38"/>
        <source>Add the typed reference to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_photos.py" line="40"/>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_photos.py" line="41"/>
        <source>Choose photo files taken of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_photos.py" line="43"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_photos.py" line="44"/>
        <source>Remove the selected photo from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_photos.py" line="48"/>
        <source>Photos added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_photos.py" line="85"/>
        <source>Choose photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_photos.py" line="85"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="83"/>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="333"/>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="362"/>
        <source>Import photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="84"/>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.heic);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="90"/>
        <source>Import a camera folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="199"/>
        <source>Import &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="200"/>
        <source>Import photo files; each is checked and hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="202"/>
        <source>Import camera &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="203"/>
        <source>Import every photo of a camera card or folder (only new ones when asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="206"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="207"/>
        <source>Correct the selected photo's caption or links, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="224"/>
        <source>Photo &amp;log (every import and correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="261"/>
        <source>item {n}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="273"/>
        <source>No photo yet: import the photos taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="278"/>
        <source>not recorded by the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="282"/>
        <source>Caption: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="283"/>
        <source>File: {name} ({width} x {height}, {size} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="286"/>
        <source>SHA-256: {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="287"/>
        <source>Taken (camera clock): {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="290"/>
        <source>Camera: {camera}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="293"/>
        <source>GPS: {gps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="294"/>
        <source>Imported {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="296"/>
        <source>Shows: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="297"/>
        <source>Step: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="298"/>
        <source>Package: {package}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="302"/>
        <source>Corrected {when} by {who} (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="309"/>
        <source>&amp;Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="310"/>
        <source>what the photo shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="311"/>
        <source>Shows &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="313"/>
        <source>Taken for &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="315"/>
        <source>Shows &amp;package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="331"/>
        <source>Only photos not yet in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="333"/>
        <source>{count} file(s) or folder(s). What do the photos show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="336"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="360"/>
        <source>Checking and storing the photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="361"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="390"/>
        <source>{imported} imported, {skipped} skipped, {refused} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="411"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="412"/>
        <source>kept with the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="420"/>
        <source>Correct photo {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_photos_panel.py" line="421"/>
        <source>The original is never changed; the log keeps both entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedPage</name>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="381"/>
        <source>Not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../borderdesk/ui/problems_dialog.py" line="38"/>
        <source>Select problems and press Ctrl+C to copy them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/problems_dialog.py" line="41"/>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/problems_dialog.py" line="42"/>
        <source>Copy the whole list to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="25"/>
        <source>countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="26"/>
        <source>HS code prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="27"/>
        <source>keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="28"/>
        <source>parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="29"/>
        <source>texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="40"/>
        <source>forces {lane}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="41"/>
        <source>adds to the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="48"/>
        <source>Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="49"/>
        <source>Instruction for the officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="50"/>
        <source>Rationale (analysts only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="53"/>
        <source>This rule is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="59"/>
        <source>{weight} (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="67"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="68"/>
        <source>The rule's id in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="70"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="71"/>
        <source>What the rule looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="73"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="74"/>
        <source>Added to the score when the rule hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="76"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="77"/>
        <source>A lane the rule forces, or only its weight counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="80"/>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="81"/>
        <source>What the officer is told to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="91"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="92"/>
        <source>The name conditions use for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="94"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="95"/>
        <source>What the list holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="97"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="98"/>
        <source>How many items the list has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="100"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="101"/>
        <source>The list's items, as written in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/profile_model.py" line="132"/>
        <source>{id} version {version}, effective {effective}, by {author} for {jurisdiction}. Red from score {red:g}, yellow from {yellow:g}; {rate:g} % chosen at random for {random_lane}. Capacity a day: {capacity}. {rules} rules, {lists} lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="59"/>
        <source>Load a profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="60"/>
        <source>Risk profiles (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="99"/>
        <source>&amp;Load profile file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="101"/>
        <source>Check a profile file and make it the station's active profile; a file with problems is not used and its problems are listed by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="110"/>
        <source>Search rules and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="111"/>
        <source>Show only the rules and lists containing this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="112"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="128"/>
        <source>Choose a rule to see its condition and rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="134"/>
        <source>The profile's named lists; hover a row to read all its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="171"/>
        <source>The active profile cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="207"/>
        <source>Active profile: {id} version {version}. It screens declarations from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="214"/>
        <source>The profile was not loaded; the active profile is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="217"/>
        <source>Profile problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/analyst_view.py" line="218"/>
        <source>{file} has {count} problems, so it was not used; the active profile stays in use. Each line gives the file, line and column:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../borderdesk/ui/identify_questions.py" line="90"/>
        <source>{label} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="162"/>
        <source>Search number, consignor, consignee, goods, vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="163"/>
        <source>Finds words in any spelling: “petrovic” also finds “Petrović” and “Петровић” (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="169"/>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="179"/>
        <source>All lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="183"/>
        <source>Red and yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="184"/>
        <source>Not screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="186"/>
        <source>Show only this lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="188"/>
        <source>Show only this procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="189"/>
        <source>All procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="192"/>
        <source>Show only this means of transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="193"/>
        <source>All transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="197"/>
        <source>Show only declarations lodged in this period (the station's time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="199"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="199"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="200"/>
        <source>Since yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="201"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="201"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="203"/>
        <source>Show declarations by their inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="204"/>
        <source>Inspected or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="205"/>
        <source>Not inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="206"/>
        <source>Inspection under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="207"/>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="208"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="210"/>
        <source>List every declaration again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="415"/>
        <source>Found: {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="417"/>
        <source>Declarations: {shown} of {total} (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="420"/>
        <source>Declarations: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="426"/>
        <source>No declaration matches “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="429"/>
        <source>No declaration passes the filters.
Use “Clear filters” to list them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_page.py" line="432"/>
        <source>No declarations yet.
Use File › Import… (Ctrl+I) to read declaration files, or set an inbox folder in File › Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="112"/>
        <source>Amend a signed-off case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="113"/>
        <source>The case is signed off. Changing {what} is kept as an amendment beside the original, with your name and this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="120"/>
        <source>Why it changes (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_fields.py" line="121"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="51"/>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="52"/>
        <source>With this key an administrator gets back in when every password is lost. It is shown only now: write it down or print it, and keep it locked away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="69"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="70"/>
        <source>Sa&amp;ve to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="77"/>
        <source>I have &amp;written the recovery key down (or printed it) and will keep it locked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="114"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="115"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="123"/>
        <source>Saved in {path}. Keep that file locked away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="138"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="247"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="261"/>
        <source>Seizure report of case {number} ({language}) saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="276"/>
        <source>Print seizure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="284"/>
        <source>Save the seizure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="292"/>
        <source>Printing the seizure report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="301"/>
        <source>Seizure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="306"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="109"/>
        <source>reports need a station database on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_actions.py" line="118"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportVerify</name>
    <message>
        <location filename="../../borderdesk/ui/reports_verify.py" line="36"/>
        <source>{name}: not a borderdesk seizure report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_verify.py" line="38"/>
        <source>printed {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_verify.py" line="39"/>
        <source>no print of it is recorded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_verify.py" line="41"/>
        <source>Unchanged: case {number} reads as it did when this report was {printed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_verify.py" line="44"/>
        <source>The file itself differs from the one recorded at printing (re-saved or altered), but the case it shows is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_verify.py" line="48"/>
        <source>Changed: case {number} has changed since this report was {printed}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsFigures</name>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="54"/>
        <source>What the seizures are counted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="56"/>
        <location filename="../../borderdesk/ui/reports_figures.py" line="74"/>
        <source>Seizures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="57"/>
        <source>Seizure events (cases) in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="59"/>
        <source>Arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="60"/>
        <source>Firearms seized (not parts or ammunition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="66"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="66"/>
        <source>The risk rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="68"/>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="69"/>
        <source>Declarations of the period the rule hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="71"/>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="72"/>
        <source>Of those, how many were inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="75"/>
        <source>Inspections that ended in a seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="77"/>
        <source>Irregularities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="78"/>
        <source>Inspections that found an irregularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="84"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="85"/>
        <source>The lane in force when the declaration was lodged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="87"/>
        <source>Declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="88"/>
        <source>Declarations selected for the lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="90"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="91"/>
        <source>Share of the period's declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="93"/>
        <source>Capacity a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="94"/>
        <source>Inspections a day the crossing can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="97"/>
        <source>Busiest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="98"/>
        <source>Most selections in one day (or week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="100"/>
        <source>Over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="101"/>
        <source>Days (or weeks) with more selections than the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="174"/>
        <source>Type of arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="176"/>
        <source>Detection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="178"/>
        <source>Route (departure &gt; destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_figures.py" line="180"/>
        <source>Crossing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="71"/>
        <source>Physical inspections a day the crossing can do (red lane); 0: not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="73"/>
        <source>Document checks a day the crossing can do (yellow lane); 0: not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="78"/>
        <source>Inspection capacity a day: r&amp;ed lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="79"/>
        <source>yello&amp;w lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="102"/>
        <source>The calendar year the IAFQ tables count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="104"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="106"/>
        <source>Supervisor su&amp;mmary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="107"/>
        <source>The figures and charts of the period as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="110"/>
        <source>IAFQ &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="115"/>
        <source>&amp;IAFQ export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="115"/>
        <source>UNODC's Illicit Arms Flows Questionnaire tables of the year: a workbook and CSV files, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="119"/>
        <source>Seizure rep&amp;ort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="120"/>
        <source>A case's seizure report for the prosecutor, in the language chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="122"/>
        <source>Evidence la&amp;bels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="123"/>
        <source>A sheet of labels, one per package of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="125"/>
        <source>Trace request pac&amp;ket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="126"/>
        <source>The trace request packet of a seized firearm (PDF and JSON), into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="130"/>
        <source>&amp;Verify a printed report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="131"/>
        <source>Whether the case has changed since a seizure report was printed, and what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="143"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="145"/>
        <source>Show the folder of the file just written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="170"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="201"/>
        <source>Reading the figures of {start} to {end}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="257"/>
        <source>Save the supervisor summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="266"/>
        <source>Supervisor summary of {start} to {end} saved as {path}: {events} seizure(s), {arms} arm(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="269"/>
        <source>Writing the supervisor summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="277"/>
        <source>Folder for the IAFQ files of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="285"/>
        <source>IAFQ tables of {year} written to {folder}: {count} file(s), the workbook {name} and a CSV file per table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="288"/>
        <source>Writing the IAFQ tables of {year}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="302"/>
        <source>Printing the seizure report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="316"/>
        <source>Print evidence labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="319"/>
        <source>Save the labels sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="329"/>
        <source>{count} label(s) saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="331"/>
        <source>Printing the labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="337"/>
        <source>Trace request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="341"/>
        <source>Folder for the trace request packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="350"/>
        <source>Trace request packet written: {pdf} and {json}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="353"/>
        <source>It is ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="354"/>
        <source>Not ready to send yet; missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="357"/>
        <source>Writing the trace request packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="364"/>
        <source>Check a printed seizure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="365"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/reports_page.py" line="372"/>
        <source>Checking the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../borderdesk/ui/identify_summary.py" line="54"/>
        <source>The item as identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_summary.py" line="55"/>
        <source>Check it against the item. Finish stores it with the inspection; Back corrects an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_summary.py" line="73"/>
        <source>Trace request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_summary.py" line="75"/>
        <source>Not applicable: ammunition is not traced by serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_summary.py" line="79"/>
        <source>Ready: everything a trace request needs is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_summary.py" line="83"/>
        <source>Not ready. Still to record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_summary.py" line="91"/>
        <source>Advice about the markings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleChart</name>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="170"/>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="173"/>
        <source>{name}: hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="171"/>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="174"/>
        <source>{name}: finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="181"/>
        <source>Hits and finds per rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="185"/>
        <source>Run a back-test to see the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="246"/>
        <source>{name}: {hits} hits, {finds} finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/backtest_charts.py" line="248"/>
        <source>{name}: no such rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeizureCaseView</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="80"/>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="80"/>
        <source>When, where, how it was found, the legal and criminal context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="82"/>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="82"/>
        <source>Firearms, parts and ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="83"/>
        <source>Evidence steps: checklist and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="83"/>
        <source>S&amp;teps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="85"/>
        <source>&amp;Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="85"/>
        <source>Photo grid and photo log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="86"/>
        <source>&amp;Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="86"/>
        <source>Packages, seals and the chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="88"/>
        <source>Registry, iARMS, trace requests, persons and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="88"/>
        <source>T&amp;racing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="90"/>
        <source>Si&amp;gn-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="90"/>
        <source>What is missing, and the sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="98"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="104"/>
        <source>Print seizure rep&amp;ort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="106"/>
        <source>The seizure report of this case for the prosecutor, as a PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="135"/>
        <source>signed off by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="140"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="141"/>
        <source>Seizure case {number} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="143"/>
        <source>Seizure case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="144"/>
        <source>none (not selected by a rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="145"/>
        <source>Opened {when} by {who} at {crossing}, from the inspection {inspection} of declaration {declaration}. Risk rules that hit: {rules}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_case_view.py" line="153"/>
        <source>Warning: {count} evidence step(s) were recorded out of the expected order; the Steps tab lists the rules broken and the reasons given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeizuresModel</name>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="101"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="102"/>
        <source>signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="114"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="115"/>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="116"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="118"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="119"/>
        <source>Crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="120"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="121"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeizuresPage</name>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="290"/>
        <source>A case is opened when an inspection records firearms, parts or ammunition. Enter opens the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="294"/>
        <source>Open &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="296"/>
        <source>Show the selected case (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="298"/>
        <source>Open &amp;declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="299"/>
        <source>Show the declaration the selected case came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/records_pages.py" line="302"/>
        <source>No seizure case has been opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <location filename="../../borderdesk/ui/session_controls.py" line="43"/>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_controls.py" line="43"/>
        <source>Hide the work on screen until you sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_controls.py" line="46"/>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_controls.py" line="46"/>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_controls.py" line="49"/>
        <source>End your session; the next user signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_controls.py" line="49"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_controls.py" line="75"/>
        <source>User: {name} (no accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_controls.py" line="76"/>
        <source>User: {name} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../borderdesk/ui/session_lock.py" line="195"/>
        <source>Type the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session_lock.py" line="204"/>
        <source>Only {user} or a supervisor can unlock this screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="35"/>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="58"/>
        <source>Choose the inbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="47"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="49"/>
        <source>&amp;Watch an inbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="50"/>
        <source>Declaration files dropped in this folder are imported and screened by themselves, then moved to done/ or, with an error report, to rejected/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="55"/>
        <source>No folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="57"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="67"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="68"/>
        <source>How often the inbox folder is looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="70"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="74"/>
        <source>&amp;Scan every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="75"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="87"/>
        <source>&amp;Large controls (tablets, gloves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="89"/>
        <source>Bigger text, buttons, fields and table rows, easier to hit on a touch screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="92"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="103"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/settings_dialog.py" line="105"/>
        <source>A new language applies when borderdesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../borderdesk/ui/sign_in_dialog.py" line="60"/>
        <source>Sign in to borderdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sign_in_dialog.py" line="61"/>
        <source>Sign in to {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sign_in_dialog.py" line="76"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sign_in_dialog.py" line="77"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sign_in_dialog.py" line="91"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sign_in_dialog.py" line="114"/>
        <source>Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_signoff.py" line="39"/>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_signoff.py" line="40"/>
        <source>Sign off case {number}? It is then locked: every later change is an amendment with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_signoff.py" line="64"/>
        <source>Optional note kept with the sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_signoff.py" line="65"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_signoff.py" line="67"/>
        <source>&amp;Sign off the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_signoff.py" line="70"/>
        <source>A supervisor signs the case off; it is then locked (changes need a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_signoff.py" line="76"/>
        <source>A supervisor signs the case off; it is then locked (changes need a reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_signoff.py" line="84"/>
        <source>Still &amp;missing before sign-off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_signoff.py" line="103"/>
        <source>Signed off by {who} on {when}. The case is locked: every change is kept as an amendment with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_signoff.py" line="117"/>
        <source>{count} thing(s) are missing before a supervisor can sign off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_signoff.py" line="119"/>
        <source>Everything a sign-off needs is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_signoff.py" line="134"/>
        <source>Not signed off: something is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartSessionsDialog</name>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="67"/>
        <source>Start trainee sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="75"/>
        <source>One trainee a line, e.g.
Ana Petrović
Marko Jović</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="77"/>
        <source>Each trainee gets a session of their own: a database nobody else's work reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="81"/>
        <source>e.g. Course 7, November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="83"/>
        <source>Stepped by the trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="84"/>
        <source>Running in real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="85"/>
        <source>Stepped: the scenario's time stands still until you step it. Real time: it runs, and the trainee's window releases each inject when it falls due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="90"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="95"/>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="96"/>
        <source>&amp;Trainees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="97"/>
        <source>&amp;Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="98"/>
        <source>C&amp;lock:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="191"/>
        <source>The station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="192"/>
        <source>The border crossing this computer works for. Reports and headquarters show these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="195"/>
        <source>e.g. Batrovci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="197"/>
        <source>e.g. RS-BAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="199"/>
        <source>Choose the country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="207"/>
        <source>Station &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="208"/>
        <source>&amp;Crossing code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="209"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_pages.py" line="210"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="49"/>
        <source>several: separate them with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="53"/>
        <source>2026-11-28 14:05 (station time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="73"/>
        <source>&amp;When it was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="74"/>
        <source>now, or 2026-11-28 14:05 (station time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="75"/>
        <source>The real time of the act; empty means now. Never in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="76"/>
        <source>&amp;Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="77"/>
        <source>Who did the act (not who types it in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="78"/>
        <source>Does &amp;not apply, because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="79"/>
        <source>leave empty when the step was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="80"/>
        <source>A step that does not apply is recorded with the reason; its required fields may then stay empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="92"/>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="135"/>
        <source> for item {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="102"/>
        <source>Record evidence step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="104"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="115"/>
        <source>What was &amp;wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="116"/>
        <source>kept with the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="130"/>
        <source>Withdraw a step record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="131"/>
        <source>Correct a step record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="132"/>
        <source>{number}. {title}{whose}, done {when} by {who}. The record stays in the timeline, marked {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="137"/>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="137"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="139"/>
        <source>&amp;Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_step_dialog.py" line="139"/>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="65"/>
        <source>does not apply: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="169"/>
        <source>&amp;Record step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="171"/>
        <source>Record the step selected in the checklist (Enter on the checklist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="175"/>
        <source>C&amp;orrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="176"/>
        <source>Correct the record selected in the timeline with a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="179"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="180"/>
        <source>Mark the record selected in the timeline as made by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="189"/>
        <source>Check&amp;list (red: needed before sign-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="200"/>
        <source>&amp;Timeline (every record, in the order of the acts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="234"/>
        <source>{when} {title}{item}: {rules} Reason given: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="236"/>
        <source> (item {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="240"/>
        <source>The steps were not recorded in the expected order {count} time(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="260"/>
        <source>Recorded on the Custody tab, with the package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="251"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="252"/>
        <source>Press Finish to save these station details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="253"/>
        <source>Press Finish to create the station. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/first_run_finish.py" line="282"/>
        <source>Creating the station…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwitchDialog</name>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="256"/>
        <source>&amp;Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_dialogs.py" line="262"/>
        <source>Password of {user}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="74"/>
        <source>Sent {sent} item(s) and {photos} photo(s); received {received}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="77"/>
        <source>Installed: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="79"/>
        <source>Headquarters checked the audit chain: {verdict}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="82"/>
        <source>Problems (kept as messages for the supervisor):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="84"/>
        <source>Synchronised with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="86"/>
        <source>Synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="95"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="95"/>
        <source>Stopped. What headquarters acknowledged stays sent; the rest goes next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="99"/>
        <source>Headquarters not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="101"/>
        <source>Headquarters refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="212"/>
        <location filename="../../borderdesk/ui/sync_worker.py" line="215"/>
        <location filename="../../borderdesk/ui/sync_worker.py" line="244"/>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="215"/>
        <source>An exercise station never synchronises with headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="217"/>
        <source>This station is not enrolled with headquarters. An administrator enrols it on the Administration page, under Synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_worker.py" line="255"/>
        <source>This station database has no file: it cannot exchange with headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="185"/>
        <source>Sync: …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="61"/>
        <source>remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="62"/>
        <source>refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="63"/>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="75"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="76"/>
        <source>When the station received it (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="78"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="79"/>
        <source>A remark from headquarters, a refusal, or a conflict the station met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="82"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="83"/>
        <source>The record or file it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="84"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="85"/>
        <source>What headquarters says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="93"/>
        <source>Export bundle for headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="94"/>
        <source>Bundles (*.bundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="101"/>
        <source>Import headquarters' acknowledgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="102"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="139"/>
        <source>Synchronisation with headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="175"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="183"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="183"/>
        <source>Send what waits and receive what headquarters published (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="186"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="186"/>
        <source>Stop after the batch under way; what headquarters acknowledged stays sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="201"/>
        <location filename="../../borderdesk/ui/sync_page.py" line="373"/>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="206"/>
        <source>Headquarters' address, as headquarters gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="209"/>
        <source>The one-time code headquarters printed for this station (20 letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="213"/>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="213"/>
        <source>Link this station to headquarters: it makes its keys and pins headquarters' key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="219"/>
        <source>Headquarters' &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="220"/>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="231"/>
        <source>Offline bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="232"/>
        <source>Without a network, carry a bundle to headquarters on a memory stick: it holds everything headquarters has not acknowledged, signed and encrypted. Headquarters answers with an acknowledgment file, which brings what it published since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="237"/>
        <source>E&amp;xport bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="237"/>
        <source>Write everything not yet acknowledged into one signed, encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="240"/>
        <source>&amp;Import acknowledgment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="240"/>
        <source>Apply headquarters' acknowledgment file and install what it brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="253"/>
        <source>Messages from headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="262"/>
        <source>No messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="271"/>
        <source>This is an exercise station: it never synchronises with headquarters, so nothing here applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="281"/>
        <source>Synchronising now is for the station's live roles. {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="286"/>
        <source>Enrolment and offline bundles are for an administrator. {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="291"/>
        <source>Headquarters' messages (remarks, refusals, conflicts) are shown to supervisors and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="324"/>
        <source>Enrolled as '{name}' with {url}. Enrolling again with a new code replaces this link; what headquarters acknowledged is then sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="331"/>
        <source>Not enrolled. Headquarters registers the station and prints a one-time code ('borderdesk hq station add NAME'); enter its address and that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="355"/>
        <source>Enter headquarters' address and the enrolment code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="368"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="368"/>
        <source>This station is enrolled as '{name}' with headquarters {hq} at {url}. It synchronises every few minutes by itself, or now with Sync now (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="389"/>
        <source>Bundle exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="389"/>
        <source>{path}: {items} item(s) and {photos} photo(s) for headquarters, signed and encrypted. Carry it to headquarters and bring back its acknowledgment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="394"/>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="410"/>
        <location filename="../../borderdesk/ui/sync_page.py" line="422"/>
        <source>Acknowledgment imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="410"/>
        <source>{path}: this acknowledgment was applied before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="413"/>
        <source>Headquarters acknowledged {acked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="416"/>
        <source>Headquarters checked the audit chain: {verdict}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="418"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="419"/>
        <source>Installed: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="420"/>
        <source>Messages received: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_page.py" line="425"/>
        <source>Import acknowledgment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProgressDialog</name>
    <message>
        <location filename="../../borderdesk/ui/sync_progress.py" line="40"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_progress.py" line="42"/>
        <source>Stop after the batch under way; what headquarters acknowledged stays sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_progress.py" line="58"/>
        <source>Synchronising with headquarters: {phase}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_progress.py" line="74"/>
        <source>Stopping after the batch under way…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="85"/>
        <source>An exercise station never synchronises with headquarters: its records are made up and stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="87"/>
        <source>Exercise: no sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="89"/>
        <source>This station is not enrolled with headquarters: nothing is sent or received. An administrator enrols it on the Administration page (Synchronisation).
{waiting} item(s) wait to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="93"/>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="94"/>
        <source>Enrolled as '{name}' with {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="96"/>
        <source>Waiting to be sent: {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="99"/>
        <source>Last successful sync: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="99"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="102"/>
        <source>Last attempt: {when}, {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="107"/>
        <source>Messages from headquarters: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="109"/>
        <source>Press to open the synchronisation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="111"/>
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="115"/>
        <source>{waiting} waiting · last sync failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="118"/>
        <source>{waiting} waiting · last sync had problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="121"/>
        <source>{waiting} waiting · last sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="124"/>
        <source>Not synchronised yet · {waiting} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="126"/>
        <source>Synchronised {when} · {waiting} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="139"/>
        <source>Sync: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="145"/>
        <source>ended well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="145"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="146"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="146"/>
        <source>ended with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="152"/>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="152"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="159"/>
        <source>Synchronising: {phase} {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="162"/>
        <source>Synchronising: {phase}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="163"/>
        <source>Synchronising…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="112"/>
        <source>withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="114"/>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="115"/>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="115"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="120"/>
        <source>{rules} — reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="127"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="127"/>
        <source>When the act was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="130"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="130"/>
        <source>Step number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="132"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="132"/>
        <source>The evidence step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="134"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="134"/>
        <source>The item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="136"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="136"/>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="138"/>
        <source>Current, corrected or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="138"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="141"/>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="141"/>
        <source>Order rules broken, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="144"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_steps_panel.py" line="144"/>
        <source>The step's fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TracingModel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="89"/>
        <source>National registry check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="90"/>
        <source>INTERPOL iARMS query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="91"/>
        <source>Trace request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="92"/>
        <source>Illicit origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="104"/>
        <source>established: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="105"/>
        <source>not established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="109"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="109"/>
        <source>Item number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="111"/>
        <source>Check, query or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="111"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="113"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="114"/>
        <source>Result or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="115"/>
        <source>Result, or country, channel and current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="117"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="119"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TracingPanel</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="175"/>
        <source>&amp;Registry check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="176"/>
        <source>Record the national registry check of an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="177"/>
        <source>i&amp;ARMS query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="178"/>
        <source>Record an INTERPOL iARMS query and its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="179"/>
        <source>&amp;Trace request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="180"/>
        <source>Record a trace request sent to a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="181"/>
        <source>Request &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="182"/>
        <source>Record a new status of a trace request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="183"/>
        <source>&amp;Origin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="184"/>
        <source>Record whether the item's illicit origin was established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="190"/>
        <source>&amp;Withdraw entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="191"/>
        <source>Withdraw the selected tracing entry, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="194"/>
        <source>Add &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="195"/>
        <source>A person involved (nominal data, kept at the station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="197"/>
        <source>&amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="198"/>
        <source>Arrested, prosecuted, convicted...: for the yearly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="201"/>
        <source>Tracing of the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="205"/>
        <source>Persons involved — nominal data: stays at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="209"/>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="353"/>
        <source>Criminal-justice follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="235"/>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="275"/>
        <source>item {n}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="240"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="245"/>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="247"/>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="350"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="248"/>
        <source>Re&amp;ference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="252"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="261"/>
        <source>&amp;Country (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="262"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="266"/>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="280"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="278"/>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="288"/>
        <source>Origin &amp;established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="289"/>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="298"/>
        <source>Trace request status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="313"/>
        <source>The entry stays in the history, marked withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="313"/>
        <source>Withdraw a tracing entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="315"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="321"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="322"/>
        <source>Role: n&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="323"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="324"/>
        <source>N&amp;ationality (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="325"/>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="326"/>
        <source>&amp;Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="327"/>
        <source>Identity &amp;document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="336"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="336"/>
        <source>Nominal data: it stays at this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="344"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="345"/>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_tracing_panel.py" line="348"/>
        <source>&amp;Offences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraineePage</name>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="76"/>
        <source>No briefing: work the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="79"/>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="84"/>
        <source>Messages and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="88"/>
        <source>Declarations you have inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="89"/>
        <source>What the inspection &amp;found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="92"/>
        <source>Inspected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="95"/>
        <source>&amp;Back to live station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="97"/>
        <source>Close this exercise and show the live station again (the trainer, with their password on a protected station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="123"/>
        <source>real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="124"/>
        <source>stepped by the trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="125"/>
        <source>Trainee: {trainee}. Scenario time {time} ({minutes} minutes in), clock {clock}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="134"/>
        <source>Nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="170"/>
        <source>New: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_trainee.py" line="181"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerConsole</name>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="73"/>
        <source>Trainer console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="78"/>
        <source>Each trainee plays a scenario on a database of their own, with the same screens as live work; nothing of an exercise reaches the live station or headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="81"/>
        <source>Training exercises are run here by a trainer (the trainer role). They play on databases of their own and never touch the live station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="97"/>
        <source>New scenario from a signed &amp;case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="99"/>
        <source>Turn a closed, signed live case into a scenario with every name, plate and number replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="136"/>
        <source>Scenario packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="142"/>
        <source>&amp;Start sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="142"/>
        <source>Start the selected scenario for named trainees (a database each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="145"/>
        <source>&amp;Add pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="145"/>
        <source>Add a scenario pack: a folder with manifest.yaml, or a zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="162"/>
        <source>Trainee sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="170"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="170"/>
        <source>Read every session's progress again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="172"/>
        <source>Move the selected sessions' scenario time forward; injects that fall due are released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="172"/>
        <source>S&amp;tep clock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="175"/>
        <source>Let the selected sessions' clocks run in real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="175"/>
        <source>Real &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="178"/>
        <source>Stand &amp;still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="178"/>
        <source>Stop the selected sessions' clocks until stepped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="181"/>
        <source>&amp;Injects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="181"/>
        <source>See the selected session's injects and release one now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="183"/>
        <source>R&amp;eset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="183"/>
        <source>Start the selected session again from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="187"/>
        <source>Score and &amp;debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="187"/>
        <source>Score the selected session and write its debrief PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="189"/>
        <source>&amp;Cohort summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="189"/>
        <source>The summary PDF of the selected sessions (all shown when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="193"/>
        <source>&amp;Open session as trainee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="193"/>
        <source>Show the selected session in this window, as its trainee works it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="218"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="266"/>
        <source>Reading the sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="294"/>
        <source>Select one session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="301"/>
        <source>Select one or more sessions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="316"/>
        <source>Scenario {id} version {version} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="341"/>
        <source>{count} session(s) of {pack} started: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="346"/>
        <source>Making the trainees' sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="372"/>
        <source>{trainee}: {minutes} min later{released}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="374"/>
        <source>; released: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="387"/>
        <source>runs in real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="388"/>
        <source>stands still until stepped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="389"/>
        <source>The clock of {trainees} {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="411"/>
        <source>Released for {trainee}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="429"/>
        <source>the old one deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="430"/>
        <source>the old one kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="431"/>
        <source>{trainee} starts again: a fresh session, {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="435"/>
        <source>Making a fresh session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="444"/>
        <source>Save the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="453"/>
        <source>{trainee}: {total} of 100. Debrief saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="456"/>
        <source>Scoring and writing the debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="462"/>
        <source>There is no session to sum up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="465"/>
        <source>Save the cohort summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="475"/>
        <source>Summary of {count} session(s) saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="478"/>
        <source>Writing the cohort summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="485"/>
        <source>Open session as trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/exercise_page.py" line="486"/>
        <source>Show {trainee}'s exercise in this window? The live station's pages close; everything recorded until you come back goes to the exercise only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="79"/>
        <source>&amp;Released by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="81"/>
        <source>Who hands the package over: whoever holds it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="82"/>
        <source>Re&amp;ceived by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="83"/>
        <source>Who takes the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="84"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="85"/>
        <source>P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="86"/>
        <source>where it was handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="87"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="87"/>
        <source>now, or 2026-11-28 14:05 (station time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="89"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="92"/>
        <source>Hand over package {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="93"/>
        <source>Package {label} ({seals}). Both people check the seals and confirm below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="96"/>
        <source>no seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="97"/>
        <source>&amp;Record hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="121"/>
        <source>the releasing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="122"/>
        <source>the receiving person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="123"/>
        <source>{name} hands over package {label}, seals intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="126"/>
        <source>{name} received package {label}, seals intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/seizure_custody_panel.py" line="134"/>
        <source>Both people must confirm the hand-over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="48"/>
        <source>officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="49"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="50"/>
        <source>risk analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="51"/>
        <source>trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="52"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="62"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="64"/>
        <source>to choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="65"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="69"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="70"/>
        <source>What the user types to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="73"/>
        <source>The name shown on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="75"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="76"/>
        <source>What the user may do (docs/security.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="78"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="79"/>
        <source>Active, disabled, or still to choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="81"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="82"/>
        <source>When and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="146"/>
        <location filename="../../borderdesk/ui/users_page.py" line="211"/>
        <location filename="../../borderdesk/ui/users_page.py" line="220"/>
        <location filename="../../borderdesk/ui/users_page.py" line="230"/>
        <location filename="../../borderdesk/ui/users_page.py" line="258"/>
        <location filename="../../borderdesk/ui/users_page.py" line="265"/>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="165"/>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="166"/>
        <source>R&amp;oles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="167"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="168"/>
        <source>U&amp;nlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="169"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="170"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="191"/>
        <source>This station has no accounts: it is not protected, and anyone at this computer acts as its user. Protect it with 'borderdesk setup --admin NAME' (an administrator, encryption and a recovery key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="197"/>
        <source>Only an administrator manages the user accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="200"/>
        <source>Removing or disabling a user takes away their key to the station at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="212"/>
        <source>Choose a user in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="231"/>
        <location filename="../../borderdesk/ui/users_page.py" line="259"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="271"/>
        <source>Disable {name}? They cannot sign in until their password is reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/users_page.py" line="279"/>
        <source>Remove {name}? The records they wrote keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchListModel</name>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="59"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="60"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="61"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="75"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="76"/>
        <source>Person, company or vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="78"/>
        <source>Name or plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="79"/>
        <source>Matched despite spelling, diacritics and script; plates without spaces and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="82"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="83"/>
        <source>The analysts' note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="84"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="85"/>
        <source>When the entry was first added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="87"/>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="88"/>
        <source>Who added it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="90"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="91"/>
        <source>When it was last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="93"/>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="94"/>
        <source>Who last edited it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchListPanel</name>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="183"/>
        <source>Import a watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="184"/>
        <source>Watch lists (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="206"/>
        <source>Filter entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="207"/>
        <source>Show only entries containing this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="226"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="227"/>
        <source>Add a person, company or vehicle (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="229"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="230"/>
        <source>Change the selected entry (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="232"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="233"/>
        <source>Take the selected entry off the list (Del); it stays in the database, marked removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="236"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="237"/>
        <source>Replace the whole list with a CSV file (kind,name_or_plate,note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="267"/>
        <source>{count} entries. Names hit from a similarity score of {threshold:g} of 100; plates when equal without spaces and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="323"/>
        <source>Added to the watch list: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="324"/>
        <source>Watch-list entry changed: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="332"/>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="340"/>
        <source>Remove from the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="332"/>
        <source>Take {kind} '{name}' off the watch list? It stays in the database, marked removed with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="343"/>
        <source>Removed from the watch list: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="362"/>
        <source>Watch list imported from {file}: {count} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="366"/>
        <source>The watch list was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="368"/>
        <source>Watch-list file problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/watchlist_view.py" line="369"/>
        <source>The file has problems, so the watch list was left as it was:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../borderdesk/ui/about.py" line="19"/>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Firearms detection, identification and evidence for customs officers at land border crossings.&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Database: {db}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/about.py" line="33"/>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="100"/>
        <source>borderdesk cannot start:

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="113"/>
        <source>The screenshot view "{view}" is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="115"/>
        <source>There is no screenshot view "{view}"; choose one of: {views}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="134"/>
        <source>The station holds no declarations: there is nothing to back-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="149"/>
        <source>No declaration has been screened yet: there is no declaration to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="165"/>
        <source>The station holds no seizure case: there is no case to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="182"/>
        <source>Could not save the screenshot to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="206"/>
        <source>{path} is protected: give --user NAME and the password in {variable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="256"/>
        <source>There is no station database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borderdesk</name>
    <message>
        <location filename="../../borderdesk/cli.py" line="59"/>
        <source>{prog}: error: {message}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="73"/>
        <source>{option} takes a VIEW and a FILE.png, or only a FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="197"/>
        <source>warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="199"/>
        <source>warning: {path}: {count} more warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="202"/>
        <source>{path}: imported: {new} new, {unchanged} unchanged, {amended} amended, {lines} goods lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="210"/>
        <location filename="../../borderdesk/cli_screen.py" line="108"/>
        <location filename="../../borderdesk/services/inbox.py" line="203"/>
        <source>{path}: ... and {count} more errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="212"/>
        <source>{path}: rejected, errors: {count}; nothing from this file was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="216"/>
        <source>total: {new} new, {unchanged} unchanged, {amended} amended, {lines} goods lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="229"/>
        <source>{path}: demo station created: {new} declarations, {amended} amended, {lines} goods lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="236"/>
        <source>{path}: protected; demo accounts officer, supervisor, analyst, trainer and admin, password: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="251"/>
        <location filename="../../borderdesk/services/amendment_text.py" line="30"/>
        <location filename="../../resources/codelists/seizure.yaml" line="67"/>
        <source>Consignor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="251"/>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="69"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="171"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="275"/>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="251"/>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="147"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="251"/>
        <location filename="../../borderdesk/services/amendment_text.py" line="21"/>
        <source>Lodged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="251"/>
        <source>Ver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="252"/>
        <location filename="../../borderdesk/services/amendment_text.py" line="31"/>
        <location filename="../../resources/codelists/seizure.yaml" line="68"/>
        <source>Consignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="252"/>
        <location filename="../../borderdesk/services/amendment_text.py" line="28"/>
        <location filename="../../resources/codelists/iafq.yaml" line="211"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="292"/>
        <location filename="../../borderdesk/cli_refpack.py" line="96"/>
        <location filename="../../borderdesk/cli_watchlist.py" line="119"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="292"/>
        <location filename="../../borderdesk/services/amendment_text.py" line="37"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="293"/>
        <location filename="../../borderdesk/cli_seizure.py" line="135"/>
        <source>crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="294"/>
        <location filename="../../borderdesk/services/amendment_text.py" line="38"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="295"/>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="345"/>
        <source>borderdesk: error: the profile has {count} problems; it was not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="349"/>
        <source>borderdesk: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="352"/>
        <source>borderdesk: interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="360"/>
        <source>the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli.py" line="361"/>
        <source>borderdesk: sorry, something went wrong inside borderdesk (a bug). The details are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="68"/>
        <source>add a user (the password is asked for, or $BORDERDESK_NEW_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="72"/>
        <source>list the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="74"/>
        <source>stop a user signing in (the account and its records stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="76"/>
        <source>remove a user (the records they wrote keep their name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="78"/>
        <source>change your own password, or (administrator) set another user's</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="80"/>
        <source>set a user's roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="82"/>
        <source>lift a lockout after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="104"/>
        <source>RECOVERY KEY (shown only now: write it down or print it, and keep it locked away from this laptop):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="109"/>
        <source>With it an administrator can get back in when every password is lost ('borderdesk recover').</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="118"/>
        <location filename="../../borderdesk/store/cipher.py" line="117"/>
        <location filename="../../borderdesk/store/database.py" line="229"/>
        <source>{path}: no such station database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="119"/>
        <source>Password for the administrator {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="122"/>
        <source>{path}: protected; administrator: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="126"/>
        <source>The encryption started earlier was finished; its recovery key was shown then. If it was lost, make a new one: 'borderdesk db recovery-key'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="145"/>
        <source>the recovery key is needed: set {variable} or run the command at a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="147"/>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="148"/>
        <location filename="../../borderdesk/cli_accounts.py" line="209"/>
        <source>New password for {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="151"/>
        <source>{name} can sign in with the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="159"/>
        <source>Password for {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="162"/>
        <source>added {name} ({roles}); they choose their own password at first sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="181"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="181"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="191"/>
        <source>{name} is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="200"/>
        <source>{name} is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="211"/>
        <source>change your own password first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="214"/>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="216"/>
        <source>your password is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="219"/>
        <source>{name} has a new password, to change at their next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="229"/>
        <source>{name}: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="238"/>
        <source>{name} may sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_accounts.py" line="247"/>
        <source>the station is encrypted under a new data key ({key_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_audit.py" line="76"/>
        <source>{count} problems: the evidence record does not match its audit chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_audit.py" line="79"/>
        <source>The audit chain is intact: {length} entries, head {hash}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_audit.py" line="106"/>
        <source>No security events recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_audit.py" line="108"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_audit.py" line="108"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_audit.py" line="108"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_audit.py" line="108"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_audit.py" line="108"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_backup.py" line="57"/>
        <source>warning: the station is not encrypted, so this backup holds its records (names, plates, seizures) in plain form: keep it where only authorised people can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_backup.py" line="60"/>
        <source>{file}: backup written and verified: {count} files, {size} MB, station {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_backup.py" line="70"/>
        <source>{db}: station {station} restored from {file} (backup made {created})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_backup.py" line="74"/>
        <source>The station it replaced is kept in {folder}; delete that folder once you have checked the restored station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_common.py" line="42"/>
        <location filename="../../borderdesk/evidence/tracing.py" line="145"/>
        <source>'{value}' is not a date like 2026-11-28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_common.py" line="64"/>
        <source>a password is needed: set {variable} or run the command at a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_common.py" line="76"/>
        <source>a new password is needed: set {variable} or run the command at a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_common.py" line="80"/>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_common.py" line="81"/>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_common.py" line="93"/>
        <source>Password for {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="151"/>
        <source>correct a custody event (the original is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="152"/>
        <source>withdraw a custody event recorded by mistake (on the wrong package: record it again on the right one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="179"/>
        <source>'{text}' is not KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="215"/>
        <location filename="../../borderdesk/cli_evidence.py" line="402"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="215"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="215"/>
        <location filename="../../borderdesk/training/findings.py" line="106"/>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="215"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="215"/>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="215"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="216"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="216"/>
        <location filename="../../borderdesk/cli_evidence.py" line="218"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="220"/>
        <source>before sign-off: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="235"/>
        <location filename="../../borderdesk/cli_evidence.py" line="290"/>
        <location filename="../../borderdesk/cli_evidence.py" line="405"/>
        <source> [withdrawn]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="236"/>
        <source> [corrected by {id}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="237"/>
        <source> item {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="244"/>
        <source>not applicable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="246"/>
        <source>corrects {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="248"/>
        <location filename="../../borderdesk/cli_evidence.py" line="267"/>
        <source>deviation: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="250"/>
        <source>reason for the deviation: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="252"/>
        <source>reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="265"/>
        <source>recorded {id}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="280"/>
        <source>{id} corrects {old}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="286"/>
        <source>not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="287"/>
        <source>{label}: {kind}, items {items}; seals: {seals}; held by {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="291"/>
        <location filename="../../borderdesk/cli_evidence.py" line="405"/>
        <source> [corrected]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="314"/>
        <source>give the one seal number to correct or withdraw, and --reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="354"/>
        <source>{label} event {seq} withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="355"/>
        <source>{label} event {seq} now: {released} -&gt; {received} ({purpose}, {place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="360"/>
        <source>now out of line, correct it too: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="386"/>
        <source>{label} event {seq}: {released} -&gt; {received} ({purpose}, {place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="402"/>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="402"/>
        <source>received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="402"/>
        <source>released by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="402"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="403"/>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="403"/>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="419"/>
        <source>{count} gaps in the chain of custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_evidence.py" line="421"/>
        <source>The chain of custody has no gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="190"/>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="147"/>
        <source>Declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="190"/>
        <source>Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="190"/>
        <location filename="../../borderdesk/cli_exercise.py" line="251"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="107"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="190"/>
        <location filename="../../borderdesk/reports/iafq_export.py" line="95"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="190"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="200"/>
        <source>{path}: scenario {id} version {version} is valid: {declarations} declarations, {items} hidden items, {injects} injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="213"/>
        <source>{path}: scenario {id} written from case {case}: {title}; check it before use with: borderdesk exercise check {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="236"/>
        <source>{path}: exercise {id} started for {trainee}: {title} (version {version}), scenario time {time}, clock {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="240"/>
        <source>The trainee works on it with --db {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="251"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="106"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="251"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="251"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="251"/>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="52"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="106"/>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="252"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="271"/>
        <source>{trainee}: {title}; scenario time {time} ({minutes:.0f} minutes in), clock {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="275"/>
        <source>Briefing: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="277"/>
        <source>released {time} ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="278"/>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="278"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="279"/>
        <source>due at minute {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="295"/>
        <source>scenario time {time} ({minutes:.0f} minutes in), clock {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="298"/>
        <source>released: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="308"/>
        <source>released {id}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="327"/>
        <source>Where: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="329"/>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="93"/>
        <source>Item {number}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="331"/>
        <source>found: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="332"/>
        <source>condition as found: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="350"/>
        <source>{trainee}: {total:.1f} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="355"/>
        <source>  missed: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="357"/>
        <source>  selected, hiding nothing: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_exercise.py" line="373"/>
        <source>name the sessions, or a cohort with --cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_hq.py" line="103"/>
        <source>name the HQ database with --hq-db URL (sqlite:///PATH or postgresql://USER@HOST/DB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_hq.py" line="123"/>
        <source>HQ database ready; HQ '{name}' ({id}), signing key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_hq.py" line="134"/>
        <source>give both --cert and --key, or neither (behind a proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_hq.py" line="146"/>
        <source>station '{name}' registered; its one-time enrolment code (valid 7 days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_hq.py" line="175"/>
        <source>station '{name}' revoked: refused from its next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_hq.py" line="188"/>
        <source>no conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_hq.py" line="198"/>
        <source>published {kind} {name} version {version} (serial {serial})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_hq.py" line="208"/>
        <source>remark {serial} waits for the station's next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_hq.py" line="216"/>
        <source>{file}: station '{station}': {applied} items applied, {photos} photos; acknowledgment written to {ack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_hq.py" line="220"/>
        <source>audit chain checkpoint: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_hq.py" line="222"/>
        <location filename="../../borderdesk/cli_sync.py" line="98"/>
        <location filename="../../borderdesk/cli_sync.py" line="164"/>
        <source>problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="76"/>
        <source>{file}: checklist '{name}' version {version}, {steps} steps, {questions} questions: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="85"/>
        <source>an answers file must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="88"/>
        <source>unknown field (known: answers, checklist, expect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="122"/>
        <source>Not asked (their steps did not apply): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="125"/>
        <source>Stored as identification {id} of inspection {inspection}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="140"/>
        <source>No identifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="142"/>
        <source>completed: {category}, legal {legal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="144"/>
        <source>in progress at '{step}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="165"/>
        <source>Identification {id}: {label} (inspection {inspection})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="167"/>
        <source>Started {when} by {who}; saved {saves} times, last by {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="174"/>
        <source>In progress: next step '{step}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="185"/>
        <source>Referral packet written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="187"/>
        <source>{count} photo references could not be attached: {refs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="193"/>
        <source>Answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="204"/>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="208"/>
        <source>Warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="210"/>
        <source>Trace request: not applicable to this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="212"/>
        <source>Trace request: ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_identify.py" line="213"/>
        <source>Trace request: not ready; it lacks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inbox.py" line="39"/>
        <source>'{value}' is not a number of seconds (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inbox.py" line="73"/>
        <location filename="../../borderdesk/training/anonymise_check.py" line="104"/>
        <source>{path}: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inbox.py" line="85"/>
        <source>{name}: imported ({new} new, {amended} amended), left in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inbox.py" line="90"/>
        <source>{name}: done ({new} new, {amended} amended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inbox.py" line="95"/>
        <source>{name}: rejected, see {report}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inbox.py" line="98"/>
        <source>{path}: no complete files to process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="85"/>
        <source>route: {route}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="91"/>
        <source>, trailer {plate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="92"/>
        <source>vehicle: {plate} ({country}){trailer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="95"/>
        <source>seals: {seals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="96"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="100"/>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="107"/>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="114"/>
        <source>version {old} → {new}, lodged {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="123"/>
        <source>not screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="125"/>
        <location filename="../../borderdesk/cli_screen.py" line="118"/>
        <source> (random)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="126"/>
        <source>Risk: {lane}{flag}, score {score:g}, profile {profile} v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="132"/>
        <source>instruction: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="134"/>
        <source>rationale: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="136"/>
        <source>Watch-list matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="138"/>
        <source>: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="141"/>
        <source>lane changed {from_lane} → {to_lane} by {who} at {when}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="150"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="151"/>
        <source>, seizure case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="153"/>
        <source>inspection {id} ({kind}) of {declaration} started by {who} at {when}: {state}{case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="165"/>
        <source>inspection {id} started ({kind}) of {declaration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="176"/>
        <source>inspection {id} finished: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="178"/>
        <source>seizure case {number} opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_inspections.py" line="199"/>
        <source>{declaration}: lane changed {from_lane} → {to_lane}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="47"/>
        <source>list a case's photos as they stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="48"/>
        <source>the case's photo log: every import and correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="100"/>
        <source>{path}: imported as photo {id}, SHA-256 {sha256}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="103"/>
        <source>{path}: refused: {why}; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="106"/>
        <source>{path}: skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="107"/>
        <source>{imported} imported, {refused} refused, {skipped} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="124"/>
        <source>No photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="162"/>
        <location filename="../../resources/codelists/iafq.yaml" line="205"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="162"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="163"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="163"/>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="86"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="164"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="164"/>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="114"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="165"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="165"/>
        <source>{name}, {type}, {width} x {height} pixels, {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="169"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="170"/>
        <source>Taken (camera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="172"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="173"/>
        <source>GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="174"/>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="179"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="194"/>
        <source>photo {id} corrected (revision {revision})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_photo.py" line="205"/>
        <source>{path}: original of photo {id}, SHA-256 {sha256}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="68"/>
        <source>installed {id} version {version}: {entries} entries, {images} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="71"/>
        <source>it replaces version {version} (kept in the records; its files were removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="94"/>
        <source>no reference pack is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="96"/>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="96"/>
        <location filename="../../borderdesk/cli_refpack.py" line="99"/>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="96"/>
        <location filename="../../borderdesk/cli_seizure.py" line="135"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="96"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="96"/>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="98"/>
        <source>replaced {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="114"/>
        <source>no reference entry matches '{text}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="116"/>
        <source>calibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="116"/>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="116"/>
        <source>make and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="116"/>
        <source>pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="116"/>
        <location filename="../../borderdesk/cli_seizure.py" line="135"/>
        <location filename="../../borderdesk/services/amendment_text.py" line="53"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_refpack.py" line="126"/>
        <source>wrote the sample pack to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="100"/>
        <source>Seizure report of case {number} written to {path} ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="102"/>
        <source>Case snapshot SHA-256: {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="103"/>
        <source>PDF file SHA-256:      {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="104"/>
        <source>Audit checkpoint:      {length}:{head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="116"/>
        <source>Seizure report of case {number}, printed {when} by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="119"/>
        <source>Seizure report of case {number} (its print is not recorded in this database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="122"/>
        <source>Note: this file is not byte for byte the PDF that was printed (it may have been re-saved); its case mark was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="125"/>
        <source>Unchanged: the case reads as it did when the report was printed (snapshot {digest}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="128"/>
        <source>CHANGED since the report was printed (snapshot then {then}, now {now}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="142"/>
        <source>{count} labels written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="153"/>
        <source>Trace request written to {pdf} and {json}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="155"/>
        <source>Ready to send: every trace requirement is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_report.py" line="157"/>
        <source>NOT READY: record these first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="25"/>
        <source>'{value}' is not NAME=V1,V2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="110"/>
        <source>{path}: rejected; nothing was screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="144"/>
        <source>{count} declarations lodged {start} to {end} ({days} days); inspection outcomes known for {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="148"/>
        <source>Rule hits (share; finds/inspected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="157"/>
        <source> (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="162"/>
        <source>Lane: a day on average, busiest day, capacity, days over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="171"/>
        <source>random selections: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="184"/>
        <source>active profile: {id} version {version} ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="195"/>
        <source>active profile: {id} version {version} ({path}), effective {effective}, {rules} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="207"/>
        <source>{path}: watch list replaced: {count} entries, threshold {threshold:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="216"/>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="216"/>
        <source>screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_screen.py" line="236"/>
        <source>{path}: profile {id} version {version}: {rules} rules ({enabled} enabled), {lists} lists: no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="44"/>
        <source>list the station's seizure cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="46"/>
        <source>show a whole case: event fields, items with their markings, persons, tracing, follow-up and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="49"/>
        <source>set event fields: FIELD=VALUE ... (an empty VALUE clears one; see 'seizure codes fields')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="52"/>
        <source>every value given to the case's fields, with who, when and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="55"/>
        <source>add an item: --identification ID, or a counted group with --parts TYPE or --ammunition CALIBRE and --quantity N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="64"/>
        <source>correct a counted group's quantity or an item's description (the old row stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="70"/>
        <source>withdraw an item recorded by mistake (it stays as history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="74"/>
        <source>record a person involved (nominal data: stays at the station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="80"/>
        <source>record tracing: registry, iarms, request, status, origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="95"/>
        <source>record what became of a person: arrested, prosecuted, convicted...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="102"/>
        <source>withdraw a mistaken tracing or follow-up entry, or a person (a new entry refers to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="106"/>
        <source>sign the case off as supervisor, which locks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="109"/>
        <source>list the case fields or a code list's codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="130"/>
        <source>no seizure cases at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="135"/>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="135"/>
        <source>opened (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="136"/>
        <source>declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="136"/>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="151"/>
        <source>Seizure case {number} ({status}), declaration {declaration}, crossing {crossing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="154"/>
        <source>  opened {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="156"/>
        <source>  signed off {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="159"/>
        <source>  rules that hit: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="178"/>
        <source>'{text}' is not FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="182"/>
        <source>case {number}: {count} fields as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="194"/>
        <source> (amendment: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="214"/>
        <source>item {number} ({kind}, {quantity}): {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="225"/>
        <source>item {number} now: {quantity}, {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="235"/>
        <source>item {number} withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="247"/>
        <source>person {id}: {role} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="273"/>
        <source>recorded {kind} {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="283"/>
        <source>recorded {stage} {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="292"/>
        <source>{id} withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="301"/>
        <source>case {number} signed off by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="315"/>
        <source>lists: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="318"/>
        <source>there is no code list '{name}' (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="327"/>
        <source>an option this command needs is missing (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_seizure.py" line="334"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_statistics.py" line="73"/>
        <source>{year}: events counted {counted}, left out {left}; SDG 16.4.2: {num} of {den} arms with an established illicit origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_statistics.py" line="88"/>
        <source>{path}: {events} seizure events, {arms} arms, {declarations} declarations, {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="74"/>
        <source>enrolled with headquarters {hq} at {url} as station '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="91"/>
        <source>sent {sent} items and {blobs} photos; received {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="94"/>
        <source>installed: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="96"/>
        <location filename="../../borderdesk/cli_sync.py" line="162"/>
        <source>headquarters checked the audit chain: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="108"/>
        <source>an exercise station: it never synchronises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="111"/>
        <source>not enrolled with headquarters (borderdesk sync enroll URL CODE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="113"/>
        <source>enrolled as '{name}' with {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="115"/>
        <source>waiting to be sent: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="116"/>
        <source>last success: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="116"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="119"/>
        <source>last attempt: {when} ({outcome}) {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="121"/>
        <source>messages from headquarters: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="135"/>
        <source>no messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="144"/>
        <source>{file}: {items} items and {photos} photos for headquarters, signed and encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="155"/>
        <source>{file}: applied before; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="157"/>
        <source>{file}: headquarters acknowledged {acked}; installed {installed}; {messages} messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_sync.py" line="159"/>
        <location filename="../../borderdesk/identify/checklist_load.py" line="167"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_watchlist.py" line="72"/>
        <source>added {id}: {kind} '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_watchlist.py" line="81"/>
        <source>say what to change: --kind, --name or --note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_watchlist.py" line="87"/>
        <source>{id}: nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_watchlist.py" line="89"/>
        <source>{old} is now {id}: {kind} '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_watchlist.py" line="100"/>
        <source>removed {id}: {kind} '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_watchlist.py" line="117"/>
        <source>the watch list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_watchlist.py" line="119"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_watchlist.py" line="119"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_watchlist.py" line="119"/>
        <location filename="../../borderdesk/services/amendment_text.py" line="40"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_watchlist.py" line="119"/>
        <source>name or plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/cli_watchlist.py" line="120"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/codelists.py" line="55"/>
        <location filename="../../borderdesk/identify/codelists.py" line="184"/>
        <source>a code list must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/codelists.py" line="63"/>
        <location filename="../../borderdesk/core/datafiles.py" line="206"/>
        <location filename="../../borderdesk/demo/seizures.py" line="194"/>
        <location filename="../../borderdesk/evidence/case_codes.py" line="114"/>
        <location filename="../../borderdesk/identify/checklist_lookups.py" line="76"/>
        <location filename="../../borderdesk/identify/codelists.py" line="199"/>
        <location filename="../../borderdesk/identify/refpack.py" line="178"/>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="264"/>
        <location filename="../../borderdesk/training/pack_fields.py" line="40"/>
        <source>each entry must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/codelists.py" line="66"/>
        <location filename="../../borderdesk/evidence/case_codes.py" line="123"/>
        <location filename="../../borderdesk/identify/codelists.py" line="219"/>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="197"/>
        <source>code {code} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/datafiles.py" line="60"/>
        <location filename="../../borderdesk/intake/validate.py" line="65"/>
        <location filename="../../borderdesk/intake/validate.py" line="95"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/datafiles.py" line="64"/>
        <source>must be {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/datafiles.py" line="148"/>
        <source>the same key appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/datafiles.py" line="172"/>
        <source>the data file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/datafiles.py" line="175"/>
        <source>not UTF-8 text ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/datafiles.py" line="190"/>
        <location filename="../../borderdesk/core/datafiles.py" line="193"/>
        <source>not valid YAML: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/datafiles.py" line="203"/>
        <location filename="../../borderdesk/demo/schema.py" line="77"/>
        <location filename="../../borderdesk/demo/schema.py" line="95"/>
        <location filename="../../borderdesk/demo/schema.py" line="104"/>
        <location filename="../../borderdesk/demo/schema.py" line="144"/>
        <location filename="../../borderdesk/evidence/case_codes.py" line="126"/>
        <location filename="../../borderdesk/evidence/steps.py" line="174"/>
        <location filename="../../borderdesk/identify/refpack.py" line="141"/>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="289"/>
        <location filename="../../borderdesk/security/permissions.py" line="180"/>
        <location filename="../../borderdesk/training/pack_fields.py" line="28"/>
        <location filename="../../borderdesk/training/pack_fields.py" line="36"/>
        <location filename="../../borderdesk/training/pack_fields.py" line="48"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/datafiles.py" line="214"/>
        <source>unknown key (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/datafiles.py" line="225"/>
        <location filename="../../borderdesk/security/permissions.py" line="165"/>
        <source>'{id}' appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/languages.py" line="56"/>
        <location filename="../../borderdesk/identify/checklist_lookups.py" line="79"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/languages.py" line="59"/>
        <source>must be one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/languages.py" line="62"/>
        <source>must be ltr or rtl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/languages.py" line="65"/>
        <source>the language {code} is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/languages.py" line="72"/>
        <source>the source language 'en' must be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/progress.py" line="41"/>
        <source>Cancelled: the work in progress was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/ts_catalogue.py" line="54"/>
        <location filename="../../borderdesk/evidence/photo_intake.py" line="94"/>
        <location filename="../../borderdesk/evidence/photo_store.py" line="200"/>
        <source>cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/ts_catalogue.py" line="58"/>
        <source>is not well-formed XML: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/ts_catalogue.py" line="61"/>
        <source>uses XML entities or a DTD, which translation files must not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/ts_catalogue.py" line="64"/>
        <source>is not a Qt Linguist file (its root element is not &lt;TS&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/core/ts_catalogue.py" line="98"/>
        <source>there are no translations into '{language}' (available: {known}); English is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/catalog.py" line="94"/>
        <source>unknown time zone {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/catalog.py" line="104"/>
        <source>must be below 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/catalog.py" line="107"/>
        <source>must be at most 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/catalog.py" line="110"/>
        <source>must give a weight for every day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/catalog.py" line="114"/>
        <source>must be 24 numbers, one per hour from 00 to 23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/catalog.py" line="116"/>
        <source>no hour before last_hour_today has any weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/catalog.py" line="136"/>
        <source>unknown document type {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/catalog.py" line="200"/>
        <source>must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/catalog.py" line="245"/>
        <source>the company {name} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/catalog.py" line="290"/>
        <source>a pattern uses {area} but no areas are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/catalog.py" line="298"/>
        <source>must be at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/catalog.py" line="308"/>
        <location filename="../../borderdesk/demo/goods.py" line="107"/>
        <source>unknown transport mode {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/goods.py" line="55"/>
        <source>must be 6 to 10 digits, written in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/goods.py" line="58"/>
        <source>an English description is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/goods.py" line="162"/>
        <source>the route {id} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/goods.py" line="172"/>
        <source>must list at least two countries, the station's among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/goods.py" line="186"/>
        <source>unknown goods group {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/goods.py" line="189"/>
        <source>no goods group of this route travels by {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/goods.py" line="194"/>
        <location filename="../../borderdesk/demo/scenarios.py" line="205"/>
        <source>vehicles.yaml has no plates for {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/goods.py" line="196"/>
        <location filename="../../borderdesk/demo/scenarios.py" line="247"/>
        <source>names.yaml has no names for {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/goods.py" line="202"/>
        <source>companies.yaml has no trader of {group} in {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/goods.py" line="208"/>
        <location filename="../../borderdesk/demo/scenarios.py" line="243"/>
        <source>private persons in {code} need names and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/scenarios.py" line="131"/>
        <source>the scenario {id} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/scenarios.py" line="141"/>
        <source>must pass through the station's country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/scenarios.py" line="185"/>
        <source>the series and its amendment take longer than the demo's {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/scenarios.py" line="194"/>
        <source>each indicator must be a number from 1 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/scenarios.py" line="235"/>
        <source>companies.yaml has no company in {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/scenarios.py" line="282"/>
        <source>an amendment must change the consignee, the declarant or the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/schema.py" line="58"/>
        <source>a demo data file must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/schema.py" line="61"/>
        <source>unknown version {version} (this program reads {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/schema.py" line="80"/>
        <source>each element must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/schema.py" line="107"/>
        <source>each element must be non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/schema.py" line="115"/>
        <location filename="../../borderdesk/demo/schema.py" line="129"/>
        <source>must be at least {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/schema.py" line="124"/>
        <source>must be a number or a list of two numbers [low, high]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/schema.py" line="131"/>
        <source>the high end is below the low end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/schema.py" line="148"/>
        <source>a weight must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/schema.py" line="150"/>
        <source>unknown name (expected one of: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/schema.py" line="162"/>
        <source>must be one of: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/schema.py" line="184"/>
        <source>unknown country code {code} (quote codes like "NO")</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/schema.py" line="191"/>
        <source>must not contain ':' or ';'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="135"/>
        <location filename="../../borderdesk/training/anonymise_invent.py" line="54"/>
        <source>the file must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="144"/>
        <source>case '{id}' appears twice (first on line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="151"/>
        <source>photo file {file} appears twice (first on line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="204"/>
        <source>write the position as latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="208"/>
        <source>give the width and height in pixels, like [1600, 1200]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="217"/>
        <source>minutes after the inspection started: 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="224"/>
        <location filename="../../borderdesk/identify/checklist_load.py" line="263"/>
        <location filename="../../borderdesk/identify/legal.py" line="92"/>
        <source>unknown field (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="247"/>
        <source>an act starts with one of: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="252"/>
        <source>not a field of a '{kind}' act (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="273"/>
        <source>there is no item {n} (the case has {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="276"/>
        <source>item {n} is not identified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="293"/>
        <source>refers to number {n}; only {count} recorded before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/demo/seizures.py" line="296"/>
        <source>the identify acts must add items 1 to {count} once each, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_codes.py" line="85"/>
        <source>a code list file must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_codes.py" line="87"/>
        <source>this file is not the seizure code lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_codes.py" line="90"/>
        <location filename="../../borderdesk/evidence/steps.py" line="147"/>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="156"/>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="221"/>
        <location filename="../../borderdesk/security/permissions.py" line="126"/>
        <source>must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_codes.py" line="96"/>
        <source>must be a list of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_codes.py" line="100"/>
        <source>the list is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_codes.py" line="106"/>
        <source>'{field}' is not a case field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_codes.py" line="117"/>
        <source>is not a field of a code list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_codes.py" line="120"/>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="277"/>
        <source>'{code}' is not a code (lower-case letters, digits and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="50"/>
        <source>National procedure number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="51"/>
        <source>Date and time of the seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="52"/>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="56"/>
        <location filename="../../borderdesk/services/amendment_text.py" line="22"/>
        <location filename="../../resources/codelists/iafq.yaml" line="207"/>
        <source>Crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="53"/>
        <source>Place at the crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="54"/>
        <source>GPS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="55"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="56"/>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="57"/>
        <source>Type of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="58"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="59"/>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="52"/>
        <source>Detection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="61"/>
        <source>Detection: note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="62"/>
        <location filename="../../resources/codelists/iafq.yaml" line="213"/>
        <source>Legal justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="64"/>
        <source>Legal justification: note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="65"/>
        <location filename="../../resources/codelists/iafq.yaml" line="214"/>
        <source>Criminal context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="67"/>
        <source>Criminal context: note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="68"/>
        <source>Route: departure country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="69"/>
        <source>Route: transit countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="70"/>
        <source>Route: destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="71"/>
        <source>Conveyance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="72"/>
        <source>Conveyance: note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="73"/>
        <source>Conveyance: registration or parcel number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="74"/>
        <source>Concealment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="76"/>
        <source>Concealment: note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="77"/>
        <source>Other goods seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="92"/>
        <source>not a field of the case record (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="101"/>
        <location filename="../../borderdesk/evidence/case_items.py" line="63"/>
        <location filename="../../borderdesk/evidence/case_persons.py" line="35"/>
        <location filename="../../borderdesk/evidence/case_persons.py" line="46"/>
        <location filename="../../borderdesk/evidence/tracing.py" line="132"/>
        <source>'{code}' is not one of: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="112"/>
        <source>a country appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="118"/>
        <source>a name appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="136"/>
        <location filename="../../borderdesk/evidence/tracing.py" line="123"/>
        <source>needed when {field} is '{code}': say what it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="153"/>
        <source>write the position as latitude, longitude in decimal degrees, like 45.0453, 19.4364</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="156"/>
        <source>the position must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="158"/>
        <source>the latitude must lie between -90 and 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="160"/>
        <source>the longitude must lie between -180 and 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="162"/>
        <source>0, 0 is the position a GPS gives before it has a fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="197"/>
        <location filename="../../borderdesk/evidence/case_items.py" line="120"/>
        <location filename="../../borderdesk/evidence/case_persons.py" line="80"/>
        <location filename="../../borderdesk/evidence/tracing.py" line="156"/>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="94"/>
        <location filename="../../borderdesk/identify/legal.py" line="149"/>
        <location filename="../../borderdesk/intake/validate.py" line="60"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="200"/>
        <source>contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="202"/>
        <location filename="../../borderdesk/evidence/case_items.py" line="123"/>
        <location filename="../../borderdesk/evidence/case_persons.py" line="83"/>
        <location filename="../../borderdesk/evidence/tracing.py" line="159"/>
        <source>is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="209"/>
        <location filename="../../borderdesk/evidence/case_persons.py" line="50"/>
        <location filename="../../borderdesk/evidence/tracing.py" line="62"/>
        <location filename="../../borderdesk/identify/codelists.py" line="168"/>
        <location filename="../../borderdesk/identify/refpack.py" line="199"/>
        <location filename="../../borderdesk/intake/validate.py" line="75"/>
        <location filename="../../borderdesk/rules/profile.py" line="255"/>
        <location filename="../../borderdesk/services/first_run.py" line="78"/>
        <location filename="../../borderdesk/services/station.py" line="193"/>
        <location filename="../../borderdesk/training/pack_load.py" line="141"/>
        <source>'{code}' is not an ISO 3166 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="221"/>
        <source>'{text}' is not a date and time like 2026-11-28T09:40 (or with an offset, +01:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_fields.py" line="227"/>
        <location filename="../../borderdesk/evidence/tracing.py" line="148"/>
        <source>lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_items.py" line="67"/>
        <source>say what the parts are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_items.py" line="91"/>
        <source>give the calibre, as marked (e.g. 7.62x39)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_items.py" line="108"/>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="125"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_items.py" line="112"/>
        <location filename="../../borderdesk/intake/validate.py" line="117"/>
        <source>'{value}' is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_items.py" line="114"/>
        <source>must lie between 1 and {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_items.py" line="132"/>
        <source>serial {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_persons.py" line="30"/>
        <source>not a field of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_persons.py" line="39"/>
        <source>needed when role is '{code}': say what it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_persons.py" line="43"/>
        <source>give the person's name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_persons.py" line="67"/>
        <source>'{value}' is not a date like 1980-04-17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_persons.py" line="70"/>
        <source>must lie before today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/case_persons.py" line="72"/>
        <source>more than 120 years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/custody.py" line="69"/>
        <source>custody events recorded but the package was never sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/custody.py" line="79"/>
        <source>events {numbers} are missing before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/custody.py" line="96"/>
        <source>the chain was closed by '{purpose}'; nothing may follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/custody.py" line="99"/>
        <source>both parties must be named: who released it and who received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/custody.py" line="101"/>
        <source>released by {released}, but {holder} holds the package (since {since}); each transfer starts with whoever holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/custody.py" line="106"/>
        <source>released and received by the same person ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/custody.py" line="109"/>
        <source>at {at}, before the previous entry of the chain ({since}); times never go backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/custody.py" line="113"/>
        <source>'{purpose}' is not a custody purpose (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/packages.py" line="49"/>
        <source>'{text}' is not a seal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/packages.py" line="51"/>
        <source>seal number '{text}' is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/packages.py" line="54"/>
        <source>seal number {text} is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/packages.py" line="58"/>
        <source>give the seal number(s) put on the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_check.py" line="107"/>
        <source>is a HEIC photo, which this installation cannot read: set the camera or phone to save JPEG, or convert the file to JPEG first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_check.py" line="112"/>
        <source>is a {kind} image; photos must be JPEG, PNG or TIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_check.py" line="115"/>
        <source>is not an image: its content is text (whatever its name says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_check.py" line="116"/>
        <source>is not an image: its content is not JPEG, PNG or TIFF (whatever its name says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_check.py" line="132"/>
        <location filename="../../borderdesk/evidence/photo_check.py" line="181"/>
        <source>is damaged or incomplete and cannot be read whole ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_check.py" line="153"/>
        <source>is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_check.py" line="155"/>
        <source>is {size} MB; the limit for a photo is {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_check.py" line="161"/>
        <source>is damaged or incomplete: the PNG file has no end (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_check.py" line="175"/>
        <source>claims too many pixels to open safely: it may be a decompression bomb (a small file that would fill the memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_check.py" line="205"/>
        <source>has {frames} pages of {mp} megapixels in all; the limit is {limit} megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_check.py" line="216"/>
        <source>has no pixels ({width} x {height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_check.py" line="219"/>
        <source>is {width} x {height} pixels ({mp} megapixels); the limit is {limit} megapixels (a larger image could exhaust the computer's memory, or be a decompression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_intake.py" line="79"/>
        <source>not a photo by its name; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_intake.py" line="90"/>
        <location filename="../../borderdesk/intake/reader.py" line="75"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_intake.py" line="92"/>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="126"/>
        <source>the photo could not be stored in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="138"/>
        <source>the stored original {path} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="141"/>
        <source>the stored original {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="149"/>
        <source>the stored original {path} is encrypted, and the station was opened without its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="163"/>
        <source>the stored original {path} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="170"/>
        <source>the stored original {path} was changed: its SHA-256 is now {actual}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="186"/>
        <source>encrypted, and the station was opened without its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="195"/>
        <source>not encrypted, although the station is: its encryption was not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="198"/>
        <source>missing: the original was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="202"/>
        <source>cannot be opened: it {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="204"/>
        <source>changed: its SHA-256 is now {actual}, not {recorded} as recorded at import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="228"/>
        <source>the stored original {path} cannot be re-encrypted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="273"/>
        <source>the cached copy {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="277"/>
        <source>the cached copy {path} is encrypted, and the station was opened without its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="281"/>
        <source>the cached copy {path} is not encrypted, although the station is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/photo_store.py" line="286"/>
        <source>the cached copy {path} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/signoff.py" line="29"/>
        <source>{label} ({field}) is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/signoff.py" line="37"/>
        <source>no item is recorded: add the firearms, parts or ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/signoff.py" line="49"/>
        <source>the case is signed off: {what} is an amendment and needs a reason, kept beside the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="142"/>
        <location filename="../../borderdesk/identify/checklist_load.py" line="59"/>
        <location filename="../../borderdesk/identify/checklist_lookups.py" line="70"/>
        <location filename="../../borderdesk/identify/markings.py" line="130"/>
        <location filename="../../borderdesk/reports/documents.py" line="64"/>
        <location filename="../../borderdesk/security/permissions.py" line="121"/>
        <source>must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="152"/>
        <source>steps must be numbered 1, 2, 3... in file order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="163"/>
        <source>at least one purpose must be final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="166"/>
        <source>no step is recorded_with '{what}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="182"/>
        <location filename="../../borderdesk/evidence/steps.py" line="185"/>
        <location filename="../../borderdesk/evidence/steps.py" line="222"/>
        <source>must be one of: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="188"/>
        <source>steps recorded with packages are per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="193"/>
        <source>a step recorded with packages needs a 'package' field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="205"/>
        <source>only steps per item are limited to kinds of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="208"/>
        <source>name at least one kind of item (or leave it out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="211"/>
        <source>'{kind}' is not a kind of item (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="214"/>
        <source>a kind of item is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="226"/>
        <source>only choice and list fields have options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="230"/>
        <source>a choice field needs its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="233"/>
        <source>only number fields have '{key}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="237"/>
        <location filename="../../borderdesk/identify/checklist_load.py" line="160"/>
        <source>must not be below min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="256"/>
        <source>there is no step '{id}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="258"/>
        <source>a step cannot come before itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps.py" line="273"/>
        <source>rule '{id}' contradicts others: they also ask for '{then}' before '{first}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="34"/>
        <source>{step}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="45"/>
        <source>{what}: '{text}' is not a time like 2026-11-28T14:05 (station time) or 2026-11-28T13:05Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="51"/>
        <source>{what}: {time} is in the future; record the real time of the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="66"/>
        <source>there is no field '{key}' (fields: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="79"/>
        <source>{label} ({key}) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="92"/>
        <source>{key}: give one value, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="100"/>
        <source>{key}: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="103"/>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="126"/>
        <source>{key}: longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="108"/>
        <source>{key}: '{text}' is not a person's name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="111"/>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="123"/>
        <source>{key}: '{text}' is not one of: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="131"/>
        <source>{key}: give at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="144"/>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="149"/>
        <source>{key}: '{text}' is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="151"/>
        <source>{key}: must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="153"/>
        <source>{key}: must be at least {min:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_fields.py" line="155"/>
        <source>{key}: must be at most {max:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_order.py" line="51"/>
        <location filename="../../borderdesk/services/evidence_steps.py" line="216"/>
        <source> for item {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_order.py" line="69"/>
        <source>'{first}' was not recorded{whose} before '{then}' ({at}): {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_order.py" line="74"/>
        <source>'{then}' ({at}) comes before '{first}' ({first_at}){whose}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/steps_order.py" line="84"/>
        <source>'{then}' was already done ({then_at}){whose} before this '{first}' ({at}): {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/tracing.py" line="83"/>
        <source>say how only when the origin was established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/tracing.py" line="86"/>
        <source>say how the origin was established ({known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/evidence/tracing.py" line="96"/>
        <source>an offence appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/blobs.py" line="44"/>
        <source>headquarters holds {received} bytes of this blob: send from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/blobs.py" line="54"/>
        <source>{sha}: not a SHA-256 in lower-case hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/blobs.py" line="56"/>
        <source>a blob has 1 byte to {most} MB, not {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/blobs.py" line="97"/>
        <source>a chunk of {length} bytes at {offset} does not fit a blob of {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/blobs.py" line="118"/>
        <source>the blob's {size} bytes do not give the SHA-256 {sha}: headquarters forgot them; send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/blobs.py" line="147"/>
        <source>headquarters holds no whole blob {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="87"/>
        <source>{file}: the acknowledgment cannot replace the bundle it answers: name another file with -o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="117"/>
        <source>{file}: refused: it comes from station {id}, which is not enrolled here; nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="120"/>
        <source>{file}: refused: station {name} is {status}; nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="123"/>
        <source>{file}: refused: station {name} has no box key; nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="152"/>
        <source>{file}: refused: its manifest is malformed; nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="156"/>
        <source>{file}: refused: photo {sha} is named but not enclosed; nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="169"/>
        <source>photo {sha}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="179"/>
        <source>it has {found} bytes, not {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="212"/>
        <source>{stream}: headquarters holds entries up to {acked} only, and the bundle starts later; the next bundle sends from {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="216"/>
        <source>{stream}: entries {seqs} arrived again with other content: refused and kept for review ({message})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="220"/>
        <source>{stream}: photos {blobs} are not at headquarters whole; the entries that name them wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="223"/>
        <source>{stream}: refused from entry {first} ({kind}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="241"/>
        <source>the audit checkpoint was refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/bundles.py" line="265"/>
        <source>{file}: the acknowledgment cannot be written ({reason}); import the bundle again to write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/checkpoints.py" line="47"/>
        <source>the checkpoint's length is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/checkpoints.py" line="52"/>
        <location filename="../../borderdesk/hq/stations.py" line="203"/>
        <source>this station is not enrolled at headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/checkpoints.py" line="56"/>
        <source>the checkpoint's signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/database.py" line="125"/>
        <location filename="../../borderdesk/hq/database.py" line="135"/>
        <location filename="../../borderdesk/hq/database.py" line="299"/>
        <source>{url}: a conflicting write ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/database.py" line="128"/>
        <location filename="../../borderdesk/hq/database.py" line="140"/>
        <source>{url}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/database.py" line="191"/>
        <source>{url}: a SQLite URL is sqlite:///PATH (sqlite:////srv/hq.db for an absolute path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/database.py" line="196"/>
        <source>{url}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/database.py" line="199"/>
        <source>{url}: the file exists already; hq init makes a new database only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/database.py" line="203"/>
        <source>{url}: is not a borderdesk HQ database (no such file): run borderdesk hq init --hq-db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/database.py" line="210"/>
        <source>{url}: not a database URL borderdesk knows (sqlite:///PATH or postgresql://USER@HOST:PORT/DBNAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/database.py" line="220"/>
        <source>{url}: the database is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/database.py" line="241"/>
        <source>{url}: cannot be opened as a SQLite database ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/database.py" line="248"/>
        <source>{url}: cannot connect to PostgreSQL ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/database.py" line="301"/>
        <source>{url}: the transaction could not be committed ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/iafq.py" line="100"/>
        <location filename="../../borderdesk/services/statistics.py" line="72"/>
        <source>{path} is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/identity.py" line="41"/>
        <source>headquarters needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/identity.py" line="60"/>
        <source>{url}: holds no headquarters identity: run borderdesk hq init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/ingest.py" line="69"/>
        <source>unknown stream {stream}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/ingest.py" line="71"/>
        <source>from_seq must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/ingest.py" line="73"/>
        <source>head_seq must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/ingest.py" line="76"/>
        <source>the items are not numbered {first} onwards without a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/ingest.py" line="90"/>
        <source>an item is not JSON ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/ingest.py" line="121"/>
        <source>items {first} to {last} missing before {seq}: send from {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/ingest.py" line="134"/>
        <source>items already stored arrived with other content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/ingest.py" line="152"/>
        <source>{count} photos are not yet whole at headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/ingest.py" line="208"/>
        <source>headquarters refused {stream} item {seq}: it holds that item with other content; the new version is kept for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/messages.py" line="37"/>
        <source>a remark is 1 to {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/messages.py" line="41"/>
        <source>no enrolled station called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/messages.py" line="45"/>
        <source>headquarters holds no {entity} record {id} from {name}: a remark is made on a record it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/publish.py" line="69"/>
        <source>{path}: not published: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/publish.py" line="78"/>
        <source>{kind}: HQ publishes {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/publish.py" line="83"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/publish.py" line="86"/>
        <source>{path}: a published file has 1 byte to {most} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/publish.py" line="101"/>
        <source>{path}: {kind} {name} version {version} is published already with other content: give the file a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/publish.py" line="140"/>
        <source>nothing is published as {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/schema.py" line="76"/>
        <source>{url}: holds a borderdesk HQ database already; hq init makes a new one only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/schema.py" line="88"/>
        <source>{url}: is not a borderdesk HQ database: run borderdesk hq init --hq-db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/schema.py" line="103"/>
        <source>{url}: was made by a newer borderdesk (schema {found}, this one knows {known}): update borderdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="74"/>
        <source>a station's name is 1 to {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="78"/>
        <source>a station called {name} is registered already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="134"/>
        <source>no station called {name} is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="136"/>
        <source>station {name} is revoked already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="148"/>
        <source>the station's public key is malformed ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="160"/>
        <source>the station id is missing or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="167"/>
        <source>this enrolment code is not one headquarters gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="170"/>
        <source>station {name} is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="173"/>
        <source>this enrolment code was used already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="175"/>
        <source>this enrolment code expired {days} days after it was given: ask headquarters for a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="180"/>
        <source>this station is enrolled already as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="205"/>
        <source>station {name} is revoked at headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/stations.py" line="211"/>
        <source>the request was sent before (its nonce is not new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/hq/status.py" line="23"/>
        <source>no station {id} is enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="49"/>
        <source>'{name}' is not asked on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="56"/>
        <source>{label}: an answer is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="62"/>
        <source>{label}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="81"/>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="89"/>
        <source>'{value}' is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="86"/>
        <source>pick one or more of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="102"/>
        <source>must be one or more photo references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="109"/>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="115"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="113"/>
        <location filename="../../borderdesk/intake/validate.py" line="111"/>
        <source>'{value}' is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="118"/>
        <source>must be at least {min} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="121"/>
        <source>must be at most {max} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="133"/>
        <source>must be a list of markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="139"/>
        <source>marking {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="166"/>
        <source>1 photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="166"/>
        <source>{count} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_answers.py" line="175"/>
        <location filename="../../borderdesk/identify/trace.py" line="112"/>
        <source>{kind} ({place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="63"/>
        <source>each name must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="87"/>
        <source>a checklist must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="93"/>
        <source>a checklist needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="104"/>
        <source>each step must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="108"/>
        <source>step id '{id}' appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="114"/>
        <source>a step needs at least one question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="133"/>
        <source>'{name}' is not something a step can show (one of: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="141"/>
        <source>each question must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="145"/>
        <source>question id '{id}' appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="148"/>
        <source>'{kind}' is not a kind of question (one of: {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="154"/>
        <source>only number questions take {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="156"/>
        <source>a number question needs a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="164"/>
        <source>a {kind} question cannot record '{field}' (it may record: {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="179"/>
        <source>only single and multiple questions have choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="183"/>
        <source>a single-choice question needs at least two choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="184"/>
        <source>needs at least one choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="188"/>
        <source>each choice must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="192"/>
        <source>choice id '{id}' appears twice in this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="208"/>
        <source>'{value}' is not known (one of: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="214"/>
        <source>'{value}' is not a flag (one of: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="227"/>
        <source>a checklist condition uses answer or answered, not {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="232"/>
        <source>question '{name}' is in the same step: a condition may name only questions of earlier steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="235"/>
        <source>question '{name}' comes later: a condition may name only questions of earlier steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="237"/>
        <source>there is no question '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="240"/>
        <source>question '{name}' has no choices: use answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="243"/>
        <source>question '{name}' has no choice '{choice}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="250"/>
        <source>'{name}' is not one of the agreed drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/checklist_load.py" line="257"/>
        <source>an id is letters, digits, '_' and '-' only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/codelists.py" line="155"/>
        <source>each value must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/codelists.py" line="162"/>
        <location filename="../../borderdesk/identify/refpack.py" line="132"/>
        <location filename="../../borderdesk/training/pack_fields.py" line="18"/>
        <source>unknown field (allowed: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/codelists.py" line="177"/>
        <source>must be a number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/codelists.py" line="187"/>
        <source>this file must be the '{name}' list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/codelists.py" line="189"/>
        <source>must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/codelists.py" line="216"/>
        <source>'{code}' must be lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/codelists.py" line="228"/>
        <source>'{text}' has no letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/codelists.py" line="232"/>
        <source>'{text}' reads the same as '{first}' of {other} (line {line}): a text must lead to one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/codelists.py" line="249"/>
        <source>'{kind}' is not one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/conditions.py" line="135"/>
        <source>a condition must be a mapping such as {answer: QUESTION, is: CHOICE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/conditions.py" line="143"/>
        <source>must be a non-empty list of conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/conditions.py" line="163"/>
        <source>needs one of: {ops}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/conditions.py" line="173"/>
        <source>not a condition: use answer, answered, fact, flag, measure, any, all or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/conditions.py" line="181"/>
        <source>needs either 'is: VALUE' or 'in: [VALUES]'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/conditions.py" line="191"/>
        <source>must list at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/conditions.py" line="200"/>
        <source>unexpected here (this condition takes: {keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/engine.py" line="131"/>
        <source>the identification is complete: there is nothing to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/engine.py" line="141"/>
        <source>this is the first step: there is nothing to go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/engine.py" line="174"/>
        <location filename="../../borderdesk/services/identification.py" line="119"/>
        <source>the identification is not complete: '{step}' is still to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/engine.py" line="199"/>
        <source>this identification was saved with checklist '{saved}' version {saved_version}; the checklist in use is '{name}' version {version}, so it cannot be resumed as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/engine.py" line="208"/>
        <source>the saved identification does not fit the checklist at step '{step}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/engine.py" line="258"/>
        <source>step '{step}': {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="20"/>
        <source>Firearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="20"/>
        <location filename="../../borderdesk/identify/item.py" line="29"/>
        <location filename="../../resources/codelists/iafq.yaml" line="37"/>
        <source>Light weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="21"/>
        <source>Accessory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="21"/>
        <source>Part or essential component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="22"/>
        <location filename="../../borderdesk/identify/item.py" line="30"/>
        <source>Ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="22"/>
        <source>Other weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="26"/>
        <location filename="../../resources/codelists/iafq.yaml" line="30"/>
        <source>Pistol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="26"/>
        <location filename="../../borderdesk/identify/item.py" line="35"/>
        <location filename="../../resources/codelists/iafq.yaml" line="31"/>
        <source>Revolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="27"/>
        <location filename="../../resources/codelists/iafq.yaml" line="32"/>
        <source>Rifle or carbine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="27"/>
        <location filename="../../resources/codelists/iafq.yaml" line="33"/>
        <source>Shotgun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="28"/>
        <location filename="../../resources/codelists/iafq.yaml" line="35"/>
        <source>Machine gun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="28"/>
        <location filename="../../resources/codelists/iafq.yaml" line="34"/>
        <source>Sub-machine gun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="29"/>
        <location filename="../../resources/codelists/iafq.yaml" line="36"/>
        <source>Other firearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="30"/>
        <source>Part or component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="31"/>
        <location filename="../../borderdesk/identify/item.py" line="39"/>
        <location filename="../../borderdesk/reports/iafq_significant.py" line="59"/>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="124"/>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="161"/>
        <location filename="../../resources/codelists/iafq.yaml" line="38"/>
        <location filename="../../resources/codelists/iafq.yaml" line="51"/>
        <location filename="../../resources/codelists/iafq.yaml" line="60"/>
        <location filename="../../resources/codelists/seizure.yaml" line="45"/>
        <location filename="../../resources/codelists/seizure.yaml" line="75"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="35"/>
        <source>Self-loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="36"/>
        <source>Multi-barrel (derringer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="36"/>
        <source>Single shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="37"/>
        <source>Bolt action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="37"/>
        <source>Lever action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="37"/>
        <source>Pump action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="38"/>
        <source>Break action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="38"/>
        <source>Select fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="39"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="39"/>
        <source>Launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="43"/>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="43"/>
        <source>Reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="44"/>
        <source>Alarm or signal weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="44"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="45"/>
        <source>Approved alarm model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="46"/>
        <source>Air or gas weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="46"/>
        <source>Replica, airsoft or toy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="47"/>
        <source>3D-printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="47"/>
        <source>Privately made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="48"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="48"/>
        <source>Shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="49"/>
        <source>Antique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="49"/>
        <source>Converted to automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="50"/>
        <source>Rimfire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="50"/>
        <source>Smooth-bore barrel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="51"/>
        <source>Folding or telescopic stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="52"/>
        <source>Disguised as another object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="53"/>
        <source>Deactivation certificate seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="54"/>
        <source>Loaded as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="58"/>
        <location filename="../../borderdesk/identify/markings.py" line="33"/>
        <location filename="../../resources/codelists/iafq.yaml" line="63"/>
        <location filename="../../resources/codelists/seizure.yaml" line="78"/>
        <source>Barrel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="58"/>
        <location filename="../../resources/codelists/iafq.yaml" line="64"/>
        <location filename="../../resources/codelists/seizure.yaml" line="79"/>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="58"/>
        <location filename="../../resources/codelists/iafq.yaml" line="65"/>
        <location filename="../../resources/codelists/seizure.yaml" line="80"/>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="59"/>
        <location filename="../../resources/codelists/seizure.yaml" line="82"/>
        <source>Lower receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="59"/>
        <location filename="../../resources/codelists/seizure.yaml" line="81"/>
        <source>Upper receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="60"/>
        <location filename="../../resources/codelists/iafq.yaml" line="68"/>
        <location filename="../../resources/codelists/seizure.yaml" line="85"/>
        <source>Bolt or breech block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="60"/>
        <location filename="../../borderdesk/identify/markings.py" line="34"/>
        <location filename="../../resources/codelists/iafq.yaml" line="67"/>
        <location filename="../../resources/codelists/seizure.yaml" line="84"/>
        <source>Cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="60"/>
        <location filename="../../borderdesk/identify/markings.py" line="33"/>
        <location filename="../../resources/codelists/iafq.yaml" line="66"/>
        <location filename="../../resources/codelists/seizure.yaml" line="83"/>
        <source>Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="61"/>
        <location filename="../../resources/codelists/iafq.yaml" line="70"/>
        <location filename="../../resources/codelists/seizure.yaml" line="87"/>
        <source>Magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="61"/>
        <location filename="../../resources/codelists/seizure.yaml" line="88"/>
        <source>Other part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/item.py" line="61"/>
        <location filename="../../resources/codelists/iafq.yaml" line="69"/>
        <location filename="../../resources/codelists/seizure.yaml" line="86"/>
        <source>Silencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/legal.py" line="89"/>
        <source>a legal table must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/legal.py" line="100"/>
        <source>there is no fact '{name}' (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/legal.py" line="104"/>
        <source>'{value}' is not a value of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/legal.py" line="107"/>
        <source>there is no flag '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/legal.py" line="109"/>
        <source>measure '{name}' is not listed under measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/legal.py" line="111"/>
        <source>a legal rule uses fact, flag or measure, not {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/legal.py" line="115"/>
        <source>each rule must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/legal.py" line="118"/>
        <source>unknown field (known: category, id, reason, when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/legal.py" line="121"/>
        <source>'{value}' is not listed under categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/legal.py" line="134"/>
        <source>rule id '{id}' appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/legal.py" line="138"/>
        <source>the fallback applies when no rule does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="25"/>
        <location filename="../../borderdesk/identify/trace.py" line="21"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="25"/>
        <location filename="../../borderdesk/identify/trace.py" line="20"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="181"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="26"/>
        <location filename="../../borderdesk/identify/trace.py" line="21"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="181"/>
        <source>Calibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="26"/>
        <location filename="../../borderdesk/identify/trace.py" line="21"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="27"/>
        <location filename="../../borderdesk/identify/trace.py" line="22"/>
        <source>Country of manufacture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="27"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="28"/>
        <location filename="../../borderdesk/identify/trace.py" line="22"/>
        <source>Import marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="28"/>
        <source>Proof mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="29"/>
        <source>Other marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="29"/>
        <source>Unit or agency mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="33"/>
        <source>Frame or receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="34"/>
        <source>Bolt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="34"/>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="38"/>
        <source>Fully marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="38"/>
        <source>Partially marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="39"/>
        <source>Altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="39"/>
        <source>Not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="40"/>
        <source>Obliterated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="81"/>
        <source>a marking must be a mapping of kind, place, text, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="84"/>
        <source>a marking has no field {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="89"/>
        <source>'{value}' is not a kind of marking (one of: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="92"/>
        <source>'{value}' is not a place on the item (one of: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="95"/>
        <source>'{value}' is not a marking status (one of: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="98"/>
        <source>a marking's text and photo must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="100"/>
        <source>the {kind} marking has no text: write what is read, or set its status to not present or obliterated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="140"/>
        <source>not a valid pattern: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="143"/>
        <source>must be two whole numbers: first and last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="172"/>
        <source>serial '{text}' {reason}: model and patent numbers are not serial numbers; check the frame or receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="177"/>
        <source>a serial was recorded only on the slide or barrel, which can be swapped: look for the serial on the frame or receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="186"/>
        <source>looks like a patent number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="188"/>
        <source>looks like the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="190"/>
        <source>looks like a calibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/markings.py" line="194"/>
        <source>looks like a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/referral.py" line="91"/>
        <source>the referral packet could not be written to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/referral.py" line="125"/>
        <location filename="../../borderdesk/identify/referral.py" line="132"/>
        <source>Expert referral: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/referral.py" line="133"/>
        <source>Requested by {who} on {when} {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/referral.py" line="135"/>
        <source>Question: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/referral.py" line="138"/>
        <source>Warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/referral.py" line="141"/>
        <source>Trace request lacks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/referral.py" line="147"/>
        <source>(continued in referral.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack.py" line="149"/>
        <location filename="../../borderdesk/training/pack_load.py" line="90"/>
        <source>the manifest must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack.py" line="153"/>
        <source>manifest format {found} is not supported by this borderdesk (it reads {known}); a newer borderdesk may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack.py" line="159"/>
        <location filename="../../borderdesk/training/pack_load.py" line="103"/>
        <source>'{id}' must be 1 to 64 lower-case letters, digits, dots, hyphens or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack.py" line="163"/>
        <location filename="../../borderdesk/training/pack_load.py" line="107"/>
        <source>must be whole numbers joined by dots, like 3 or 2026.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack.py" line="169"/>
        <source>must be a date like 2026-11-28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack.py" line="173"/>
        <source>a pack needs at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack.py" line="181"/>
        <source>entry id '{id}' is used twice (first on line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack.py" line="195"/>
        <source>'{type}' is not one of: {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack.py" line="204"/>
        <source>an entry needs at least one image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack.py" line="212"/>
        <source>each image is a file name or a mapping with file and caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack.py" line="217"/>
        <location filename="../../borderdesk/training/pack_truth.py" line="130"/>
        <source>'{file}' is not a .jpg, .jpeg, .png or .svg file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="62"/>
        <source>has an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="65"/>
        <source>leaves the pack's folder (..)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="67"/>
        <source>has an empty or '.' part in its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="70"/>
        <source>has a character that is not allowed in a file name (\ : * ? " &lt; &gt; | or a control character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="73"/>
        <source>has a name that Windows cannot store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="84"/>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="163"/>
        <location filename="../../borderdesk/training/pack_source.py" line="132"/>
        <source>{pack}: '{member}' {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="89"/>
        <source>{pack}: has {count} members; the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="100"/>
        <source>is a symbolic link, which a pack may not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="103"/>
        <source>appears twice in the pack (as '{other}')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="109"/>
        <source>is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="111"/>
        <source>is {size} MB unpacked; the limit is {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="115"/>
        <source>is compressed {ratio:.0f} times; more than {limit:.0f} is refused (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="121"/>
        <source>{pack}: its files are more than {limit} MB unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="139"/>
        <location filename="../../borderdesk/services/refpacks.py" line="260"/>
        <source>{pack}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="141"/>
        <source>{pack}: not a zip archive ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="176"/>
        <location filename="../../borderdesk/services/backup_archive.py" line="265"/>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="178"/>
        <source>is larger than {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="183"/>
        <source>{pack}: there is no {manifest} at the top of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="190"/>
        <location filename="../../borderdesk/training/pack_load.py" line="86"/>
        <source>{where}: not UTF-8 text ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="199"/>
        <source>{pack}/{manifest}:{line}: entry '{entry}' names '{file}', which is not in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="205"/>
        <source>is in the pack but the manifest does not name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_archive.py" line="219"/>
        <source>leaves the pack's folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="58"/>
        <source>is not a JPEG, PNG or SVG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="63"/>
        <source>is named as a {kind} image but its content is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="72"/>
        <source>is {width} x {height} pixels ({mp} megapixels); the limit is {limit} megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="78"/>
        <source>has too many pixels to open safely (a decompression bomb?): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="81"/>
        <source>is not a readable {kind} image ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="91"/>
        <source>links a style sheet (xml-stylesheet), which is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="96"/>
        <source>has a DTD or entities ({reason}), which are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="99"/>
        <source>is not well-formed XML ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="101"/>
        <source>is not an SVG image (its root is &lt;{tag}&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="115"/>
        <source>contains a &lt;{tag}&gt; element, which is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="119"/>
        <source>has an event attribute {name} on &lt;{tag}&gt;, which is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="122"/>
        <location filename="../../borderdesk/identify/refpack_images.py" line="137"/>
        <source>refers to '{target}' outside the image (on &lt;{tag}&gt;); only references inside it (#id) are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="127"/>
        <source>has a javascript: value on &lt;{tag}&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_images.py" line="130"/>
        <source>imports a style sheet (@import), which is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/refpack_sample.py" line="38"/>
        <source>the drawing {path} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/trace.py" line="20"/>
        <source>Where the serial sits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/trace.py" line="23"/>
        <source>Photos of the markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/trace.py" line="27"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/trace.py" line="27"/>
        <source>recorded as not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/trace.py" line="28"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="57"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/trace.py" line="28"/>
        <source>recorded as obliterated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/trace.py" line="89"/>
        <source>not recorded: read it from the item, or record it as not present or obliterated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/trace.py" line="97"/>
        <source>not recorded: record the serial number with where it sits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/trace.py" line="110"/>
        <source>no marking to photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/trace.py" line="114"/>
        <source>no photo of: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/identify/trace.py" line="115"/>
        <source>{count} photographed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/csv_reader.py" line="36"/>
        <source>the first line must name the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/csv_reader.py" line="53"/>
        <source>{found} values for {width} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/csv_reader.py" line="62"/>
        <source>not valid CSV: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/json_reader.py" line="42"/>
        <location filename="../../borderdesk/intake/reader.py" line="106"/>
        <source>unknown field, kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/json_reader.py" line="60"/>
        <source>not valid JSON: {reason} (column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/json_reader.py" line="67"/>
        <location filename="../../borderdesk/intake/json_reader.py" line="222"/>
        <source>a declaration must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/json_reader.py" line="150"/>
        <source>not valid JSON: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/json_reader.py" line="162"/>
        <source>not valid JSON: values nested too deeply to be a declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/json_reader.py" line="166"/>
        <source>the file ends in the middle of a declaration (truncated JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/json_reader.py" line="197"/>
        <source>a JSON declaration file must hold an object or an array of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/json_reader.py" line="208"/>
        <source>the file ends before the array is closed (truncated JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/json_reader.py" line="212"/>
        <source>not valid JSON: expected ',' or ']' after a declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/json_reader.py" line="228"/>
        <source>not valid JSON: unexpected text after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/reader.py" line="62"/>
        <source>unsupported file type '{suffix}'; declarations come as .json, .jsonl, .ndjson, .csv or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/reader.py" line="68"/>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/reader.py" line="71"/>
        <location filename="../../borderdesk/intake/textfile.py" line="32"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/reader.py" line="77"/>
        <source>no permission to read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/reader.py" line="97"/>
        <source>the file holds no declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/tabular.py" line="40"/>
        <source>missing required columns: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/tabular.py" line="42"/>
        <source>columns named twice: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/tabular.py" line="44"/>
        <source>unknown columns: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/tabular.py" line="47"/>
        <source>unknown column, kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/tabular.py" line="69"/>
        <source>'{entry}' is not type:reference or type:reference:valid_until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/tabular.py" line="117"/>
        <source>differs from line {first} of the same declaration ({first_value!r} there, {value!r} here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/textfile.py" line="35"/>
        <source>the file is UTF-16 text; save it as UTF-8 (in Excel: "CSV UTF-8") and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/textfile.py" line="38"/>
        <source>not a text file (it holds binary data); declarations come as .json, .jsonl, .csv or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/textfile.py" line="62"/>
        <source>the file ends in the middle of a character (the file was cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/textfile.py" line="80"/>
        <source>cannot be read as {encoding} (byte 0x{byte:02x} at column {column}); if the file comes from a Windows system, try --encoding cp1250 (Latin) or --encoding cp1251 (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/validate.py" line="87"/>
        <source>'{value}' is not one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/validate.py" line="114"/>
        <location filename="../../borderdesk/rules/profile.py" line="306"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/validate.py" line="134"/>
        <source>'{value}' is not an ISO 8601 date and time (like 2026-11-28T08:15:00+01:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/validate.py" line="156"/>
        <source>'{value}' is not an ISO 8601 date (like 2027-01-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/validate.py" line="164"/>
        <location filename="../../borderdesk/intake/validate.py" line="179"/>
        <source>'{value}' is not an HS code of 6 to 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/validate.py" line="187"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/validate.py" line="195"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/validate.py" line="215"/>
        <source>a declaration needs at least one goods line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/validate.py" line="225"/>
        <source>goods line {line} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/validate.py" line="293"/>
        <source>a driver's nationality is given without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/xlsx_reader.py" line="29"/>
        <source>not a readable XLSX workbook ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/xlsx_reader.py" line="68"/>
        <source>the workbook has no sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/intake/xlsx_reader.py" line="77"/>
        <source>the first sheet is empty; it must start with a header row naming the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/documents.py" line="66"/>
        <source>must be 'printed'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/documents.py" line="74"/>
        <source>the agency's name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/documents.py" line="77"/>
        <source>needs a 'default' agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/documents.py" line="82"/>
        <source>needs at least one layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/documents.py" line="95"/>
        <source>a sheet needs at least one column and one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/documents.py" line="99"/>
        <source>the labels do not fit on an A4 sheet ({across:.1f} × {down:.1f} mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq.py" line="122"/>
        <source>not signed off yet: it may still change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq.py" line="125"/>
        <source>no event type (seized, found or surrendered) recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq.py" line="145"/>
        <source>Events of {year} counted: {count}; left out: {left} (listed with each table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq.py" line="150"/>
        <source>{count} events had no seizure date and are dated by the day their case was opened: {cases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq.py" line="156"/>
        <source>{count} items recorded like firearms are accessories or other weapons, not arms, and are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq.py" line="159"/>
        <source>The station's country is not set: nationals and foreigners are left empty in the persons table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="151"/>
        <source>an IAFQ tables file must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="153"/>
        <source>this file is not the IAFQ tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="165"/>
        <source>is not a mapping the tables use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="177"/>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="201"/>
        <source>'{value}' is not one of: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="191"/>
        <source>each row must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="194"/>
        <source>is not a field of a mapped row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="204"/>
        <source>'{value}' is already counted in row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="209"/>
        <source>only one row may take the other codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="211"/>
        <source>say which codes the row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="214"/>
        <source>must list at least one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="233"/>
        <source>each table must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="236"/>
        <source>is not a field of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="239"/>
        <source>'{id}' is not one of the tables: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="242"/>
        <source>table {id} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="249"/>
        <source>table {id} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="257"/>
        <source>this table's {key} come from its mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="267"/>
        <source>is not a field of a column or row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_codes.py" line="270"/>
        <source>must be exactly: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="63"/>
        <source>Year {year}: events by local seizure date, 1 January to 31 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="72"/>
        <source>How the figures are computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="73"/>
        <source>Events left out ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="74"/>
        <location filename="../../borderdesk/reports/iafq_export.py" line="93"/>
        <location filename="../../borderdesk/reports/iafq_significant.py" line="49"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="83"/>
        <source>Station {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="85"/>
        <source>{headquarters}, national tables: the records of {count} stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="88"/>
        <source>{source}; made {when} by {who}; table definitions iafq.yaml version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="91"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="92"/>
        <source>Events counted ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="94"/>
        <source>Illicit Arms Flows Questionnaire: yearly tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="94"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="95"/>
        <source>How each figure is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="95"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_export.py" line="96"/>
        <source>Events left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_significant.py" line="67"/>
        <source>no arms to trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_significant.py" line="73"/>
        <source>{checked} of {arms} arms checked in the registry; {requests} trace requests, {replies} answered; illicit origin established for {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="34"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="34"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="49"/>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="68"/>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="85"/>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="101"/>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="167"/>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="92"/>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="52"/>
        <location filename="../../resources/codelists/iafq.yaml" line="194"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="109"/>
        <source>its legal justification has no row in this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="116"/>
        <source>its criminal context has no row in this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="138"/>
        <source>a part type ({code}) has no row in this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/iafq_tables.py" line="161"/>
        <source>{calibre} (as read; not in the calibre list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/layout.py" line="401"/>
        <location filename="../../borderdesk/reports/layout.py" line="411"/>
        <location filename="../../borderdesk/reports/spreadsheet.py" line="78"/>
        <source>{path} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary.py" line="162"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary.py" line="190"/>
        <source>Other routes ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary.py" line="195"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary.py" line="211"/>
        <source>week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="38"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="40"/>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="45"/>
        <source>Supervisor summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="41"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="77"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="42"/>
        <source>Figures include cases not yet signed off; the yearly IAFQ tables count signed-off cases only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="46"/>
        <source>Period: {period} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="49"/>
        <location filename="../../resources/codelists/iafq.yaml" line="97"/>
        <location filename="../../resources/codelists/iafq.yaml" line="208"/>
        <source>Arms by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="49"/>
        <source>No firearm or light weapon was recorded in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="49"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="181"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="51"/>
        <source>Seizures and arms by detection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="53"/>
        <source>Seizures and arms by route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="54"/>
        <source>Route (departure &gt; destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="55"/>
        <source>Seizures and arms by crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="59"/>
        <source>Supervisor summary {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="66"/>
        <source>Seizure events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="66"/>
        <source>{count} ({open} not yet signed off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="68"/>
        <source>Arms (firearms and light weapons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="69"/>
        <source>Parts and components (pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="70"/>
        <source>Rounds of ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="71"/>
        <source>Declarations lodged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="72"/>
        <source>Lanes in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="72"/>
        <source>red {red}, yellow {yellow}, green {green}; {random} chosen at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="76"/>
        <source>Declarations inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="78"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="87"/>
        <source>No seizure was recorded in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="89"/>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="93"/>
        <location filename="../../resources/codelists/iafq.yaml" line="110"/>
        <location filename="../../resources/codelists/iafq.yaml" line="155"/>
        <source>Arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="93"/>
        <location filename="../../resources/codelists/iafq.yaml" line="103"/>
        <location filename="../../resources/codelists/iafq.yaml" line="109"/>
        <location filename="../../resources/codelists/iafq.yaml" line="138"/>
        <location filename="../../resources/codelists/iafq.yaml" line="154"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="96"/>
        <source>An event with arms of several types counts once in each of their rows; the total counts it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="103"/>
        <source>Risk rules: hits and what inspections found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="105"/>
        <source>No risk rule hit a declaration lodged in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="106"/>
        <source>Declarations lodged in the period on which each rule hit (latest screening), how many were inspected, and how many inspections ended in a seizure or found an irregularity. Find rate: seizures and irregularities per declaration inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="113"/>
        <source>Finds (seizures and irregularities) per rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="119"/>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="119"/>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="119"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="119"/>
        <source>Seizures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="120"/>
        <source>Find rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="120"/>
        <source>Irregularities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="126"/>
        <source>Lane selections against inspection capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="127"/>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="127"/>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="134"/>
        <source>Declarations by lane in force, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="136"/>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="136"/>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="136"/>
        <source>red-lane capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="136"/>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="145"/>
        <source>Days over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="145"/>
        <source>Weeks over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="147"/>
        <source>Per day (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="148"/>
        <source>Per day (busiest {unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="148"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="148"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="149"/>
        <source>Capacity per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/summary_pdf.py" line="154"/>
        <source>No inspection capacity was given: run the summary with --red-capacity and --yellow-capacity (inspections per day) to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="109"/>
        <source>a condition must be true or false, but this is a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="147"/>
        <source>a [list] can only follow 'in', 'not in' or 'starts with'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="149"/>
        <source>this cannot be used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="161"/>
        <source>a {kind} has no field '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="171"/>
        <source>'{name}' is a list: use it after 'in', 'not in', 'starts with' or 'matches'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="175"/>
        <source>unknown field '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="181"/>
        <source>{message} (did you mean '{suggestion}'?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="190"/>
        <source>type mismatch: {what} needs a {wanted}, but this is a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="229"/>
        <source>type mismatch: a {left} is compared with a {right}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="233"/>
        <source>type mismatch: '{op}' compares numbers, dates or times, not a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="284"/>
        <source>type mismatch: this is a list of texts; go through it with 'any country in itinerary (...)'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="351"/>
        <source> (did you mean '{name}'?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="352"/>
        <source>unknown list '{name}'{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="361"/>
        <source>type mismatch: 'matches' needs a list of keywords, but '{name}' is a list of {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="377"/>
        <source>type mismatch: '{what}' needs texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="381"/>
        <location filename="../../borderdesk/rules/syntax.py" line="298"/>
        <source>expected a list name, a text or a [list]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="415"/>
        <source>say what '{name}' goes through: '{kind} {name} in lines' (or documents, itinerary, amendments, watchlist, seals, history(...))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="427"/>
        <source>type mismatch: '{kind}' goes through a collection, but this is a {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="491"/>
        <source>first_nonzero takes numbers, like first_nonzero(line.net_kg, line.gross_kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="510"/>
        <source>unknown function '{name}' (known: first_nonzero, history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="516"/>
        <source>history needs a party: history(consignee, hours: 720); parties are {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/compiler.py" line="528"/>
        <source>history takes 'hours: NUMBER' and 'strict: true|false'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="39"/>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="53"/>
        <source>line {number} ({hs} '{description}')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="57"/>
        <source>document {type} {reference} valid until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="59"/>
        <source>document {type} {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="61"/>
        <source>version {version} changed {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="63"/>
        <source>declaration {id} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="133"/>
        <location filename="../../borderdesk/rules/explain.py" line="178"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="133"/>
        <location filename="../../borderdesk/rules/explain.py" line="178"/>
        <source>is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="155"/>
        <source>{name} does not match {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="156"/>
        <source>{name} matches {target} ('{keyword}')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="160"/>
        <source>{subject} does not start with {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="162"/>
        <source>{subject} starts with {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="165"/>
        <source>{subject} is in {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="166"/>
        <source>{subject} is not in {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="183"/>
        <source>no {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="184"/>
        <source>no {what} with {condition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="192"/>
        <source>; there are: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="195"/>
        <source>not ({condition})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="216"/>
        <source>watch-list hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="222"/>
        <source>other declarations for the same {role} in the {hours:g} hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="224"/>
        <source>earlier declarations for the same {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="251"/>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="253"/>
        <source> and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="255"/>
        <source>more than {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="256"/>
        <source>{count} {what} ({op} {limit}): {items}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="264"/>
        <source>{count} {what}: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="280"/>
        <source>all {count} {what}: {condition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/explain.py" line="283"/>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/problems.py" line="34"/>
        <source>the profile has {count} problems:
{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="107"/>
        <location filename="../../borderdesk/rules/profile.py" line="127"/>
        <source>'{key}' is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="110"/>
        <source>'{key}' must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="119"/>
        <source>unknown field '{key}' (known: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="134"/>
        <source>type mismatch: '{key}' must be {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="146"/>
        <source>must be between 0 and 1 (0.02 is 2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="150"/>
        <source>must be red, yellow or green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="160"/>
        <location filename="../../borderdesk/services/sync_profiles.py" line="58"/>
        <source>a profile must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="169"/>
        <source>an id is letters, digits, '.', '_' or '-'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="178"/>
        <source>the yellow threshold must not exceed the red one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="210"/>
        <source>a list name is lower-case letters, digits and '_': '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="216"/>
        <source>unknown list kind (known: {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="221"/>
        <source>a list item must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="230"/>
        <source>YAML reads {raw} as the number {number}: write HS prefixes in quotes, like "{raw}"</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="242"/>
        <source>{problem} (given to replace list '{name}')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="247"/>
        <source>there is no list '{name}' to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="257"/>
        <source>'{prefix}' is not an HS code prefix (digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="287"/>
        <source>'rules' must be a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="294"/>
        <source>a rule must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="300"/>
        <source>duplicate rule id '{id}' (first at line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/profile.py" line="309"/>
        <source>a rule needs a 'weight' or a forced 'lane'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="72"/>
        <source>a text is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="74"/>
        <source>unexpected character '{char}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="202"/>
        <source>expected '{expected}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="207"/>
        <source>the end of the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="208"/>
        <source>{message}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="213"/>
        <source>the condition is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="216"/>
        <source>expected 'and', 'or' or the end of the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="266"/>
        <source>expected 'missing' or 'present'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="310"/>
        <source>a [list] holds texts or numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="342"/>
        <source>expected a value, a field or '('</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="349"/>
        <source>expected a name after '{word}' (like: any line (...))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="357"/>
        <source>expected what to go through (lines, documents, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="369"/>
        <source>'every' needs a condition in parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/syntax.py" line="389"/>
        <source>a plain argument cannot follow a named one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist.py" line="100"/>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist.py" line="100"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist.py" line="100"/>
        <source>vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist.py" line="149"/>
        <source>{field} '{value}' matches watch-list {kind} '{name}' (score {score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist.py" line="305"/>
        <source>a watch-list threshold is between 0 and 100, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="60"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="62"/>
        <source>the file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="79"/>
        <source>the file is not UTF-8 text (byte 0x{byte:02X}): save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="86"/>
        <source>the first line must be the header {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="94"/>
        <source>the header cannot be read as CSV: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="111"/>
        <source>the line cannot be read as CSV: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="119"/>
        <source>more fields than the header has ({count}): put a value that holds '{delimiter}' in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="126"/>
        <location filename="../../borderdesk/services/watchlists.py" line="150"/>
        <source>unknown kind '{kind}': use person, company or vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="128"/>
        <source>the kind is missing: use person, company or vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="131"/>
        <location filename="../../borderdesk/services/watchlists.py" line="154"/>
        <source>the plate is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="132"/>
        <location filename="../../borderdesk/services/watchlists.py" line="155"/>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="136"/>
        <source>the same {kind} as on line {line} ('{name}')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="154"/>
        <source>the column '{name}' appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="156"/>
        <source>a column without a name: name it ({columns}) or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="160"/>
        <source>unknown column '{name}': the columns are {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/rules/watchlist_csv.py" line="167"/>
        <source>the header has no column '{name}': it must be {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/attachments.py" line="96"/>
        <source>is not an encrypted borderdesk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/attachments.py" line="98"/>
        <source>is damaged: the encrypted file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/attachments.py" line="100"/>
        <source>is in encrypted format {version}, which this version of borderdesk cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/attachments.py" line="120"/>
        <source>was encrypted with a station key ({key_id}) that this station does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/attachments.py" line="128"/>
        <source>is damaged or was altered, or is another file put in its place: it fails its authentication check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/envelope.py" line="173"/>
        <source>a recovery key has only the letters A-Z and digits 2-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/envelope.py" line="178"/>
        <location filename="../../borderdesk/security/envelope.py" line="180"/>
        <source>this is not a whole recovery key: check its length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/envelope.py" line="183"/>
        <source>the recovery key has a typing mistake: compare it with the sheet group by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/keyfile.py" line="138"/>
        <source>{path}: the key file of this encrypted station is missing; restore it from a backup, or use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/keyfile.py" line="142"/>
        <source>{path}: cannot read the key file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/keyfile.py" line="154"/>
        <source>{path}: the key file is damaged; restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/passwords.py" line="109"/>
        <source>the password is too short: use at least {minimum} characters (a few words with spaces are easy to remember and hard to guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/passwords.py" line="113"/>
        <source>the password is too long: at most {maximum} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/passwords.py" line="116"/>
        <source>the password contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/passwords.py" line="119"/>
        <source>the password is only digits and punctuation: use words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/passwords.py" line="122"/>
        <source>this password is on the list of passwords attackers try first: choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/passwords.py" line="125"/>
        <source>the password repeats the same few characters: choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/passwords.py" line="130"/>
        <source>the password is mostly a name (the user's or the station's): choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/permissions.py" line="131"/>
        <source>these permissions are not described: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/permissions.py" line="137"/>
        <source>these roles are not listed: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/permissions.py" line="146"/>
        <location filename="../../borderdesk/security/permissions.py" line="161"/>
        <source>'{id}' is not a permission borderdesk checks (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/permissions.py" line="155"/>
        <source>'{id}' is not a role (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/permissions.py" line="168"/>
        <source>a role that may do anything must also be allowed to 'view': every action reads the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/policy.py" line="47"/>
        <source>must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/policy.py" line="68"/>
        <source>must be a mapping of sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/policy.py" line="70"/>
        <source>this borderdesk reads format {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/security/policy.py" line="77"/>
        <source>must not be below min_length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/accounts.py" line="65"/>
        <source>'{name}' cannot be a user name: use 2 to 32 letters a-z, digits, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/accounts.py" line="76"/>
        <source>unknown role '{role}' (roles: {roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/accounts.py" line="80"/>
        <source>a user needs at least one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/accounts.py" line="86"/>
        <source>this station is not protected yet: run 'borderdesk setup' (or 'borderdesk db encrypt') to create its administrator and encrypt it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/accounts.py" line="112"/>
        <source>there is no user '{name}' at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/accounts.py" line="120"/>
        <source>'{name}' is the last administrator: add another administrator first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/accounts.py" line="145"/>
        <source>there is already a user '{name}' (removed users keep their name, as the records they wrote name them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/accounts.py" line="229"/>
        <source>nobody is signed in on this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/accounts.py" line="240"/>
        <source>the current password is not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/accounts.py" line="242"/>
        <source>the new password must differ from the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="20"/>
        <source>Declaration id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="23"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="24"/>
        <source>Mode of transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="25"/>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="26"/>
        <source>Country of dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="27"/>
        <source>Country of destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="29"/>
        <source>Seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="32"/>
        <location filename="../../resources/codelists/seizure.yaml" line="69"/>
        <source>Declarant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="33"/>
        <location filename="../../resources/codelists/seizure.yaml" line="65"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="34"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="39"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="41"/>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="42"/>
        <source>registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="43"/>
        <source>trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="44"/>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="45"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="46"/>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="47"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="48"/>
        <source>packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="49"/>
        <source>gross mass (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="50"/>
        <source>net mass (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="51"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="52"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="54"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="55"/>
        <source>valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="73"/>
        <source>Goods line {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="74"/>
        <source>Document {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="75"/>
        <location filename="../../borderdesk/services/amendment_text.py" line="79"/>
        <source>{whole}: {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="131"/>
        <source>{mass} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/amendment_text.py" line="138"/>
        <source>{document}, valid until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/assessments.py" line="261"/>
        <source>screened {count} with {profile} v{version}: {red} red, {yellow} yellow, {green} green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/audit.py" line="30"/>
        <source>'{text}' is not a checkpoint: it is written LENGTH:HASH, the number of entries, a colon and 64 hexadecimal digits, as printed on a seizure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/authz.py" line="62"/>
        <source>{roles} '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/authz.py" line="63"/>
        <source>'{name}', who holds no role,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/authz.py" line="67"/>
        <source>{who} may not {action}: no role at this station may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/authz.py" line="70"/>
        <source>{who} may not {action}: this needs the {role} role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/authz.py" line="72"/>
        <source>{who} may not {action}: this needs one of the roles {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backtest.py" line="73"/>
        <source>the period ends ({to}) before it starts ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="102"/>
        <source>a station in memory cannot be backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="104"/>
        <source>a backup of the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="106"/>
        <source>{file}: already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="108"/>
        <source>{folder}: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="111"/>
        <source>{file}: a backup cannot be written inside the folders it backs up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="116"/>
        <source>{file}: the station's key file is missing; a backup without it could never be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="137"/>
        <source>{file}: the backup did not verify, so it was not kept: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="181"/>
        <source>{file}: '{member}' is {state}, but the manifest says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="183"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="184"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="190"/>
        <location filename="../../borderdesk/services/backup_archive.py" line="183"/>
        <source>{file}: '{member}' {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="193"/>
        <source>{file}: '{member}' is not the station the manifest names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="218"/>
        <source>{file}: made by a newer borderdesk (schema {found}, this version knows {known}); update borderdesk to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="224"/>
        <source>{db}: a station is already there ({parts}); to replace it, restore with --replace (it is kept aside, not deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup.py" line="231"/>
        <source>{folder}: cannot create the folder ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="104"/>
        <source>is not part of a station backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="117"/>
        <source>{file}: cannot be backed up: '{member}' {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="160"/>
        <source>{file}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="162"/>
        <source>{file}: not a borderdesk backup, or it was cut short ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="189"/>
        <source>{file}: has {count} members; the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="200"/>
        <source>is a symbolic link, which a backup never holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="202"/>
        <source>appears twice in the backup (as '{other}')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="206"/>
        <source>is encrypted by the zip, which a backup never is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="208"/>
        <source>is compressed; a borderdesk backup stores its files as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="213"/>
        <source>{file}: its members claim more bytes than the file holds (damaged, or cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="219"/>
        <source>{file}: there is no {manifest}: not a borderdesk backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="222"/>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="227"/>
        <source>not a station backup's manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="229"/>
        <source>format version {found}; this borderdesk reads version {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="240"/>
        <source>does not read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="250"/>
        <source>is in the backup but its manifest does not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="252"/>
        <source>has {found} bytes; the manifest says {listed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="256"/>
        <source>is listed in the manifest but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="258"/>
        <source>is missing: the backup holds no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="284"/>
        <source>is damaged ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="286"/>
        <source>is damaged: its SHA-256 is not the one the manifest recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="305"/>
        <source>{folder}: not enough free space to restore {file} ({need} MB needed, {free} MB free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/backup_archive.py" line="313"/>
        <source>leaves the folder it is restored to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="150"/>
        <source>package {label}, event {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="151"/>
        <source>package {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="194"/>
        <source>there is no package '{id}' at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="201"/>
        <location filename="../../borderdesk/services/evidence_steps.py" line="310"/>
        <source>say who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="215"/>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="106"/>
        <source>'{kind}' is not a kind of package (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="224"/>
        <source>say which item the package holds (or whose rounds or parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="258"/>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="177"/>
        <source>sealed at {at}, before package {label} was made ({packed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="264"/>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="169"/>
        <source>seal number {seal} is already on package {label}; a seal number is used once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="288"/>
        <source>say where the package was handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="295"/>
        <source>package {label} was withdrawn: it cannot change hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="303"/>
        <source>package {label} is not sealed yet: seal it first (the sealing officer is its first holder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="309"/>
        <source>transfer of package {label} refused: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/custody.py" line="334"/>
        <source>recorded with the first custody transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/declaration_detail.py" line="301"/>
        <source>watch-list {kind} '{name}', score {score} (threshold {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/declaration_detail.py" line="313"/>
        <location filename="../../borderdesk/services/inspections.py" line="103"/>
        <source>there is no declaration '{id}' at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/declarations.py" line="195"/>
        <source>{first} (+{more} more lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/demo.py" line="63"/>
        <source>{path}: already exists; the demo is only written to a new database (choose another path, or pass --replace to overwrite it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/demo.py" line="83"/>
        <source>the demo data does not validate: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/demo.py" line="88"/>
        <source>demo: a name the scenarios use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/demo.py" line="157"/>
        <source>demo: the goods were as declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/demo_accounts.py" line="41"/>
        <source>Demo station (generated data). Sign in as officer, supervisor, analyst, trainer or admin; every demo password is: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/demo_cases.py" line="178"/>
        <location filename="../../borderdesk/training/pack_truth.py" line="151"/>
        <source>never asked (their steps did not apply): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/demo_cases.py" line="286"/>
        <source>'{kind}' is not a kind of tracing entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="64"/>
        <location filename="../../borderdesk/services/evidence_steps.py" line="265"/>
        <source>say what was wrong: a correction needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="81"/>
        <source>package {label} was withdrawn; it is not corrected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="89"/>
        <source>{what} must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="115"/>
        <source>say which item the package holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="121"/>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="184"/>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="260"/>
        <source>nothing to correct: give the values that were wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="136"/>
        <source>package {label} has custody transfers: withdraw them first (custody withdraw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="150"/>
        <source>package {label} has no seal {seal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="182"/>
        <source>who sealed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="204"/>
        <source>seal {seal} is the last on package {label}, which changed hands: put the right seal on it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="224"/>
        <source>who released it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="225"/>
        <source>who received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="226"/>
        <source>the purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="227"/>
        <source>the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="256"/>
        <source>package {label} has no custody event {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="277"/>
        <source>correction of event {seq} of package {label} refused: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="285"/>
        <source>event {seq}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_corrections.py" line="330"/>
        <source>kept in line with the corrected package: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="42"/>
        <source>this breaks the order of the evidence steps: {rules}. If it really happened this way, record it with the reason for the deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="122"/>
        <source>'{id}' is the beginning of {count} seizure cases: give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="125"/>
        <location filename="../../borderdesk/services/seizures.py" line="178"/>
        <source>there is no seizure case '{id}' at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="150"/>
        <source>case {case} is signed off: a change needs a reason, kept as an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="167"/>
        <source>'{step}' is recorded for the case as a whole, not per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="171"/>
        <source>'{step}' is recorded per item: say which item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="175"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="176"/>
        <source>the case has no item {item} (its items: {items}); add the item to the case first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="181"/>
        <source>'{step}' is not asked for item {item} ({kind}): it applies to {kinds} only. Record it as not applicable if it must appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="191"/>
        <source>a firearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="191"/>
        <source>a group of parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="192"/>
        <source>a group of rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="193"/>
        <source>firearms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="193"/>
        <source>groups of parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="194"/>
        <source>groups of rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="213"/>
        <source>'{step}' is already recorded{whose} (record {id}); correct that record instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="241"/>
        <source>'{step}' is recorded with the {what} (evidence package, evidence seal or custody transfer), not on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="271"/>
        <source>record {id} was already corrected by {later}; correct that one instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="274"/>
        <source>record {id} is a withdrawal; it cannot be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="278"/>
        <source>'{step}' was recorded with package {package}; it follows that package and cannot be corrected on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="322"/>
        <source>there is no evidence step '{step}' (steps: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="330"/>
        <source>'{id}' is the beginning of {count} step records: give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="333"/>
        <source>there is no evidence step record '{id}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="399"/>
        <source>evidence step {number} '{title}' is not recorded for item {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/evidence_steps.py" line="403"/>
        <source>evidence step {number} '{title}' is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/exercise_guard.py" line="29"/>
        <location filename="../../borderdesk/services/training.py" line="89"/>
        <source>this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run.py" line="74"/>
        <location filename="../../borderdesk/services/station.py" line="195"/>
        <source>the station's name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run.py" line="76"/>
        <source>the crossing code must not be empty (e.g. RS-BAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run.py" line="83"/>
        <location filename="../../borderdesk/services/station.py" line="190"/>
        <location filename="../../borderdesk/training/pack_load.py" line="147"/>
        <source>'{zone}' is not a time zone name (like Europe/Belgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run.py" line="140"/>
        <source>Type a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run.py" line="147"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run.py" line="169"/>
        <location filename="../../borderdesk/services/sync.py" line="60"/>
        <source>the enrolment code has 20 letters and digits (as headquarters printed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run.py" line="182"/>
        <source>borderdesk: recovery key of the station {name} ({crossing})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run.py" line="184"/>
        <source>Administrator: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run.py" line="186"/>
        <source>With this key an administrator gets back in when every password is lost ('borderdesk recover'). Keep this sheet locked away from the laptop; whoever holds it can open the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run.py" line="198"/>
        <source>{path}: cannot save the recovery key ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run.py" line="218"/>
        <source>{folder}: a station is there already ({parts}); move it away first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run.py" line="320"/>
        <source>the station was not enrolled with headquarters: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/first_run_data.py" line="26"/>
        <source>'{code}' is not one of borderdesk's languages ({codes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/identification.py" line="74"/>
        <source>there is no checklist '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/identification.py" line="83"/>
        <source>give the item a label (e.g. 'item 1', 'pistol in the cab')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/identification.py" line="88"/>
        <location filename="../../borderdesk/services/inspections.py" line="136"/>
        <source>there is no inspection '{id}' at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/identification.py" line="164"/>
        <source>identification {id} is not completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/identification.py" line="182"/>
        <source>say what the expert should answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/identification.py" line="190"/>
        <location filename="../../borderdesk/services/statistics.py" line="184"/>
        <source>EXERCISE - NOT EVIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/identification.py" line="203"/>
        <source>'{id}' is the beginning of {count} identifications: give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/identification.py" line="208"/>
        <source>there is no identification '{id}' at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/identification.py" line="215"/>
        <source>identification {id} was started with checklist '{name}' version {version}; this walk uses version {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/inbox.py" line="158"/>
        <source>{name}: could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/inbox.py" line="165"/>
        <source>{name}: the file vanished from the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/inbox.py" line="177"/>
        <source>{name}: imported, but could not be moved to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/inbox.py" line="192"/>
        <source>{name}: rejected, but could not be moved to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/inbox.py" line="200"/>
        <source>{when}: {name} rejected: {count} errors; nothing from this file was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/inbox.py" line="209"/>
        <source>{name}: rejected, but its error report could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/inspections.py" line="113"/>
        <source>'{kind}' is not a kind of inspection (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/inspections.py" line="128"/>
        <source>'{outcome}' is not an inspection outcome (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/inspections.py" line="139"/>
        <source>inspection {id} was already finished ({outcome}); its outcome is recorded once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/inspections.py" line="159"/>
        <source>'{lane}' is not a lane (red, yellow or green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/inspections.py" line="161"/>
        <source>a lane change needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/inspections.py" line="166"/>
        <source>declaration {id} is already in the {lane} lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/intake.py" line="95"/>
        <source>unknown encoding '{name}' (try utf-8, cp1250 or cp1251)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/intake.py" line="181"/>
        <source>{id} appears again with different content (first at line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photo_files.py" line="58"/>
        <source>photos need a station database on disk, not in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photo_files.py" line="106"/>
        <source>photo file {path} (photos {ids})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photo_files.py" line="172"/>
        <source>the cached copy {path} cannot be re-encrypted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photo_files.py" line="181"/>
        <source>Cancelled after {count} files were encrypted again; the others still open with the old key, and running it again finishes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photos.py" line="141"/>
        <source>there is no seizure case '{case}' at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photos.py" line="150"/>
        <source>seizure case {case} is signed off: a change to it needs a reason, which is kept with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photos.py" line="184"/>
        <source>not imported: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photos.py" line="204"/>
        <source>already in the case as photo {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photos.py" line="238"/>
        <source>there is no photo '{id}' at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photos.py" line="240"/>
        <source>'{id}' is the beginning of {count} photos' ids; give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photos.py" line="310"/>
        <source>a correction needs a reason, which is kept with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photos.py" line="323"/>
        <source>nothing to correct: the photo already reads so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photos.py" line="356"/>
        <source>{path} already exists; give a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photos.py" line="365"/>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/photos.py" line="409"/>
        <source>this station's photo copies are encrypted on disk: have the copy written to a file of your choice instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/protection.py" line="87"/>
        <source>{path}: this station is protected already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/protection.py" line="126"/>
        <source>{path}: this database is encrypted but its key file is missing; restore the key file from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/protection.py" line="133"/>
        <source>{path}: this station has accounts already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/protection.py" line="153"/>
        <source>{path}: an encryption was started here by another administrator or with another password; give the same name and password to finish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/protection.py" line="172"/>
        <source>this is not the recovery key of this station (it may have been replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/protection.py" line="181"/>
        <source>'{name}' is not an administrator of this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/protection.py" line="218"/>
        <source>this station is not protected: nothing to rotate or renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/protection.py" line="254"/>
        <source>the database is under the new key, but {count} photo files could not be re-encrypted ({first}); both keys stay until 'borderdesk db rotate-key' is run again and succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/refpacks.py" line="160"/>
        <source>the same version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/refpacks.py" line="161"/>
        <source>an older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/refpacks.py" line="162"/>
        <source>{pack}: pack '{id}' version {version} is {word}: version {installed} is installed (since {when}). Only a newer version replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/refpacks.py" line="262"/>
        <source>{pack}: cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/reports.py" line="188"/>
        <source>the station's records changed while the report was being made; print it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/reports.py" line="208"/>
        <source>{path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/reports.py" line="212"/>
        <source>{path} is not a borderdesk seizure report (it carries no case mark; a report re-saved by another program loses it, but its QR code still reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/reports.py" line="218"/>
        <source>the report is of case {id}, which this station database does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/reports.py" line="231"/>
        <source>the snapshot this report was printed from is not recorded in this database, so what changed cannot be said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/reports.py" line="261"/>
        <source>'{sheet}' is not a label sheet (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/reports.py" line="283"/>
        <source>case {number} has no package yet: labels are printed for packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/reports.py" line="309"/>
        <source>there is no seized item '{id}' at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/reports.py" line="311"/>
        <source>'{id}' is the beginning of {count} items: give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/reports.py" line="317"/>
        <source>item '{id}' was withdrawn from its case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/reports.py" line="319"/>
        <source>item {number} is not a firearm: trace requests are made for firearms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/screening.py" line="66"/>
        <source>{path}: no such profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/screening.py" line="70"/>
        <source>no profile '{name}' (shipped: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/security_log.py" line="52"/>
        <source>the station record is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/security_log.py" line="64"/>
        <source>'{kind}' is not a kind of security event (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizure_tracing.py" line="64"/>
        <source>adding a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizure_tracing.py" line="83"/>
        <source>nothing to correct: the person's details already read so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizure_tracing.py" line="84"/>
        <source>correcting a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizure_tracing.py" line="163"/>
        <source>withdrawing an entry needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizure_tracing.py" line="173"/>
        <location filename="../../borderdesk/services/seizure_tracing.py" line="256"/>
        <source>case {case} has no current entry '{id}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizure_tracing.py" line="237"/>
        <location filename="../../borderdesk/services/seizures.py" line="405"/>
        <source>case {case} has no item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizure_tracing.py" line="243"/>
        <source>entry {id} is not a trace request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="62"/>
        <source>case {number} cannot be signed off yet:
{missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="174"/>
        <source>'{id}' is the beginning of {count} cases: give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="213"/>
        <source>say which fields to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="227"/>
        <source>no risk rule hit in the screening this inspection followed; choose the method that found it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="230"/>
        <source>changing {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="266"/>
        <source>identification {id} belongs to another inspection than case {number}'s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="271"/>
        <source>identification {id} is already item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="302"/>
        <source>a firearm is one item; add another item instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="307"/>
        <source>item {n} already reads so: nothing to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="308"/>
        <source>correcting item {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="324"/>
        <source>withdrawing an item needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="364"/>
        <source>case {number} was already signed off by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/seizures.py" line="389"/>
        <source>adding an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sessions.py" line="30"/>
        <source>{path}: this station is protected: give --user NAME (the password comes from BORDERDESK_PASSWORD, or is asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sessions.py" line="37"/>
        <source>{user}: your password was set by an administrator; choose your own first: borderdesk user passwd {user} --user {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sign_in.py" line="62"/>
        <source>this account is locked after too many failed sign-ins until {time} UTC; an administrator or supervisor can unlock it sooner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sign_in.py" line="87"/>
        <source>wrong user name or password (or the account is disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sign_in.py" line="102"/>
        <source>wrong user name or password; {left} more failed attempts lock the account for {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sign_in.py" line="179"/>
        <source>this account holds no key of the station; ask the administrator to reset its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sign_in.py" line="196"/>
        <source>this station has no key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/station.py" line="121"/>
        <source>an in-memory station cannot be opened twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/station.py" line="151"/>
        <source>{path}: this station is protected: sign in (on the command line: --user NAME, with the password in BORDERDESK_PASSWORD or typed when asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/station.py" line="155"/>
        <source>{path}: is encrypted, but its key file {keys} is missing: restore the key file from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/statistics.py" line="70"/>
        <source>the export of the IAFQ tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/statistics.py" line="89"/>
        <source>the year must lie between {first} and {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/statistics.py" line="155"/>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/statistics.py" line="159"/>
        <source>a capacity is a number of inspections per day, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/statistics.py" line="177"/>
        <source>Customs administration, {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/statistics.py" line="178"/>
        <source>Customs administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/statistics.py" line="179"/>
        <location filename="../../borderdesk/services/training_score.py" line="113"/>
        <source>{name}, crossing {crossing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/statistics.py" line="181"/>
        <location filename="../../borderdesk/services/training_score.py" line="116"/>
        <source>Printed {when} by {who} with borderdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync.py" line="57"/>
        <source>enrolment with headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync.py" line="71"/>
        <source>the answer from {url} does not prove it issued this code: the station was not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync.py" line="80"/>
        <source>the answer from {url} is not headquarters' enrolment answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync.py" line="118"/>
        <source>this station is not enrolled with headquarters: borderdesk sync enroll URL CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_bundle.py" line="87"/>
        <source>an offline bundle for headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_bundle.py" line="93"/>
        <source>{file}: is a folder; name the bundle file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_bundle.py" line="108"/>
        <source>bundle {id} written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_bundle.py" line="110"/>
        <source>{file}: the bundle cannot be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_bundle.py" line="154"/>
        <source>photo {sha} cannot be put in the bundle: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_bundle.py" line="177"/>
        <source>an acknowledgment from headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_bundle.py" line="186"/>
        <source>{file}: refused: it was signed by headquarters {other}, not the one this station is enrolled with ({hq}); nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_bundle.py" line="254"/>
        <source>{file}: refused: its acknowledgment is malformed or not for this station; nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_bundle.py" line="258"/>
        <source>{file}: refused: its acknowledgment is malformed; nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_codelists.py" line="62"/>
        <source>a station installs only these code lists: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_codelists.py" line="66"/>
        <source>the file is the code list '{found}', not '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_codelists.py" line="69"/>
        <location filename="../../borderdesk/services/sync_install.py" line="323"/>
        <source>the file says version {found}, published as {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_codelists.py" line="73"/>
        <source>version {version} is not newer than version {current} in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_codelists.py" line="77"/>
        <source>codes stay once given, but these are missing: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_install.py" line="105"/>
        <source>{kind} '{name}' version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_install.py" line="127"/>
        <source>the file's SHA-256 is {actual}, not {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_install.py" line="135"/>
        <source>{artefact} from headquarters was not installed: another file of that version was installed on {when} (SHA-256 {installed}, this one {new})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_install.py" line="142"/>
        <source>{artefact} from headquarters was not installed: it is older than version {installed}, installed on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_install.py" line="163"/>
        <source>'{kind}' is not a kind of artefact a station installs (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_install.py" line="166"/>
        <source>'{name}' is not a name for a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_install.py" line="169"/>
        <source>{kind} '{name}': version '{version}' is not dotted whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_install.py" line="173"/>
        <source>{kind} '{name}': '{sha256}' is not a SHA-256 (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_install.py" line="182"/>
        <source>{artefact} from headquarters was not installed, nothing changed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_install.py" line="320"/>
        <source>the file is {kind} '{found}', published as '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_profiles.py" line="44"/>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_profiles.py" line="67"/>
        <source>the active profile '{name}' from headquarters is not installed at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_pull.py" line="76"/>
        <source>{kind} {name} version {version} from headquarters was not installed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_pull.py" line="90"/>
        <source>{kind} {name} version {version}: headquarters' signature does not verify; nothing was installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_pull.py" line="94"/>
        <source>{kind} {name} version {version}: the file received is not the one published; nothing was installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_run.py" line="96"/>
        <source>synchronisation with headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_run.py" line="165"/>
        <source>headquarters acknowledged nothing of {stream}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_run.py" line="192"/>
        <source>headquarters refused the {stream} from entry {first} ({status}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_run.py" line="213"/>
        <source>photo {sha} cannot be sent: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/sync_run.py" line="224"/>
        <source>headquarters does not take photo {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training.py" line="88"/>
        <source>{path} is a live station database, not an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training.py" line="104"/>
        <source>name the trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training.py" line="106"/>
        <location filename="../../borderdesk/services/training.py" line="246"/>
        <source>the clock runs 'real' or 'stepped', not '{mode}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training.py" line="109"/>
        <location filename="../../borderdesk/services/training.py" line="135"/>
        <source>{path} already exists; an exercise never overwrites a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training.py" line="176"/>
        <location filename="../../borderdesk/services/training_console.py" line="213"/>
        <source>{path} holds a scenario file named '{name}', which a pack may not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training.py" line="183"/>
        <source>the scenario pack stored in {path} was changed after the exercise was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training.py" line="227"/>
        <source>step the clock forward by more than 0 and at most 1440 minutes, not {minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training.py" line="314"/>
        <source>the scenario has no inject '{id}' (it has: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training.py" line="320"/>
        <source>inject '{id}' was already released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training_anonymise.py" line="41"/>
        <source>making a scenario from a live case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training_anonymise.py" line="45"/>
        <source>case {number} is not signed off: only a closed, signed case can become a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training_anonymise.py" line="69"/>
        <source>the declaration '{id}' of the case is not at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training_console.py" line="123"/>
        <location filename="../../borderdesk/services/training_sessions.py" line="82"/>
        <location filename="../../borderdesk/services/training_sessions.py" line="102"/>
        <source>{path} is not an exercise database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training_console.py" line="177"/>
        <source>name at least one trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training_console.py" line="276"/>
        <source>choose the sessions to sum up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training_play.py" line="59"/>
        <source>nothing was found in {id} yet: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training_score.py" line="93"/>
        <source>{path} is an exercise of '{other}' version {other_version}, not of '{pack}' version {version}: a cohort summary covers one scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training_score.py" line="102"/>
        <source>no exercise session to summarise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training_sessions.py" line="93"/>
        <source>there is no exercise session '{text}' (a database path, an exercise id or a trainee's name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/training_sessions.py" line="95"/>
        <source>'{text}' names {count} exercise sessions: give the database path or more of the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/watchlists.py" line="49"/>
        <source>the threshold is a score from 0 to 100, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/watchlists.py" line="113"/>
        <source>no watch-list entry has the id '{id}' (the list shows the ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/watchlists.py" line="118"/>
        <source>'{id}' is the start of {count} entries' ids: give more of the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/watchlists.py" line="123"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/watchlists.py" line="125"/>
        <source>the watch-list entry {id} ('{name}') was edited by {who} at {when}; its current id is {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/watchlists.py" line="129"/>
        <source>the watch-list entry {id} ('{name}') was removed by {who} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/watchlists.py" line="161"/>
        <source>the same {kind} is already listed: '{name}' ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="50"/>
        <source>checkpoint kept on {when} ({purpose})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="52"/>
        <source>checkpoint {point}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="66"/>
        <source>audit entry {seq} ({entity} {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="70"/>
        <source>audit entries {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="71"/>
        <source>missing: removed from the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="73"/>
        <source>does not follow the entry before it (entries removed, inserted or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="81"/>
        <source>changed after it was written (its hash no longer matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="95"/>
        <location filename="../../borderdesk/store/audit_verify.py" line="104"/>
        <source>{table} record {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="98"/>
        <source>not in the audit chain: written outside borderdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="101"/>
        <source>changed outside borderdesk since audit entry {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="105"/>
        <source>deleted (last recorded in audit entry {seq})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="115"/>
        <source>the chain ends at entry {length}: entries {first}-{last} are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/audit_verify.py" line="119"/>
        <source>entry {length} is not the one checkpointed: the chain was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/cipher.py" line="94"/>
        <location filename="../../borderdesk/store/cipher.py" line="127"/>
        <source>{path}: is not encrypted (a plain SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/cipher.py" line="105"/>
        <source>{path}: none of the station's keys opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/cipher.py" line="125"/>
        <source>{path}: is already encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/cipher.py" line="144"/>
        <source>{path}: was opened by another program while it was encrypted; nothing was changed, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/cipher.py" line="167"/>
        <source>{path}: not a station database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/cipher.py" line="168"/>
        <source>{path}: the old key does not open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/cipher.py" line="170"/>
        <location filename="../../borderdesk/store/database.py" line="248"/>
        <source>{path}: not a borderdesk station database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/cipher.py" line="180"/>
        <source>{path}: is open in borderdesk or another program; close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/cipher.py" line="224"/>
        <source>schema version differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/cipher.py" line="228"/>
        <source>table {table}: {copied} rows instead of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/cipher.py" line="235"/>
        <source>{path}: the encrypted copy did not verify, so the database was left as it was: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/database.py" line="143"/>
        <source>the installed sqlcipher3 module cannot encrypt (no SQLCipher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/database.py" line="190"/>
        <source>{path}: is not encrypted (a plain SQLite file), but it was opened with a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/database.py" line="200"/>
        <source>{path}: is encrypted: sign in to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/database.py" line="202"/>
        <source>{path}: the station's key does not open it (it was encrypted with another key: does the key file beside it belong to it?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/database.py" line="205"/>
        <source>{path}: not a station database ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/database.py" line="226"/>
        <source>{path}: is a folder, not a station database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/database.py" line="233"/>
        <source>{path}: cannot create the folder ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/database.py" line="251"/>
        <source>{path}: made by a newer borderdesk (schema {found}, this version knows {known}); update borderdesk to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/database.py" line="270"/>
        <source>{path}: cannot be opened for writing ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/snapshot.py" line="66"/>
        <source>integrity check: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/snapshot.py" line="70"/>
        <source>page check: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/snapshot.py" line="72"/>
        <source>not a borderdesk station database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/snapshot.py" line="82"/>
        <source>{path}: no such database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/store/snapshot.py" line="99"/>
        <source>{path}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/client.py" line="70"/>
        <source>{url}: headquarters' address starts with https:// (or http:// on a test network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/client.py" line="132"/>
        <source>headquarters failed ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/client.py" line="137"/>
        <source>headquarters at {url} did not answer ({problem}); nothing was lost: the station sends it again next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/client.py" line="161"/>
        <source>headquarters refused ({status}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/client.py" line="162"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="230"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/client.py" line="172"/>
        <source>headquarters at {url} cannot be reached ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/client.py" line="180"/>
        <source>headquarters refused the enrolment: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/policy.py" line="42"/>
        <source>a release policy must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/policy.py" line="44"/>
        <source>this is not a release policy (policy: release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/policy.py" line="54"/>
        <source>must be a mapping of names to lists of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/policy.py" line="58"/>
        <source>must be a list of field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="182"/>
        <source>it lacks {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="184"/>
        <source>{name} is compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="210"/>
        <source>it is a {found}, not a {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="213"/>
        <source>it was made for {other}, not for this {party}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="214"/>
        <source>station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="215"/>
        <source>headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="222"/>
        <location filename="../../borderdesk/sync/sealed.py" line="338"/>
        <source>its header holds no valid key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="230"/>
        <source>its content is not an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="239"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="245"/>
        <source>{file}: is not a borderdesk bundle or acknowledgment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="251"/>
        <source>its header is cut short or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="260"/>
        <source>its header is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="262"/>
        <source>its header is malformed or from a newer borderdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="272"/>
        <location filename="../../borderdesk/sync/sealed.py" line="285"/>
        <source>it is cut short (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="276"/>
        <source>it is cut short (truncated) or altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="291"/>
        <source>its signature is not the sender's</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="293"/>
        <source>its content was altered after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="311"/>
        <source>it cannot be decrypted with this key (made for another key, or altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="321"/>
        <source>its manifest is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="323"/>
        <source>its manifest is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/sync/sealed.py" line="359"/>
        <source>{file}: refused: {what}; nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise.py" line="87"/>
        <source>goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise.py" line="107"/>
        <source>The declarant lodges version {number} of the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise.py" line="120"/>
        <source>You are the officer on shift at {station}. Screen the queue, act on anything new that reaches the station, and deal with whatever you find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise.py" line="124"/>
        <source>{name} (exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise.py" line="256"/>
        <source>From the case: the {field} was on the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise.py" line="270"/>
        <source>From a signed case: {what} in a {mode} to {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise.py" line="279"/>
        <source>Made from a signed seizure case of this station: every name, plate, address and number is invented and the dates are moved. A {mode} ({procedure}) on the route {route}, declared as: {goods}. It hides {count} item(s): {items}; concealment: {method}. The live case was selected by the rules {rules}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise.py" line="290"/>
        <source>Select the shipment the risk signals of a real case point at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise.py" line="291"/>
        <source>Identify each item from the item itself: category, calibre, serial numbers and quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise.py" line="293"/>
        <source>Record the evidence steps the real case needed, in their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_check.py" line="39"/>
        <source>{file}: {field}: still holds a {kind} of the case (from its {source}); the scenario was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_check.py" line="78"/>
        <source>the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_check.py" line="79"/>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_check.py" line="101"/>
        <location filename="../../borderdesk/training/anonymise_check.py" line="121"/>
        <source>{path} already exists; a scenario is only written to a new folder or zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_invent.py" line="61"/>
        <source>needs the group 'any'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_invent.py" line="66"/>
        <source>needs the entry 'any'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_invent.py" line="81"/>
        <source>must be a list of texts, not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="60"/>
        <source>Where the real case found it (its note could not be made safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="106"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="127"/>
        <source>Cartridges hidden in the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="129"/>
        <source>Pieces of a firearm hidden in the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="130"/>
        <source>A weapon hidden in the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="142"/>
        <source>Not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="145"/>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="146"/>
        <source>Not recorded in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="172"/>
        <source>The cartridges as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="173"/>
        <source>A cartridge's base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="177"/>
        <source>The pieces as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="179"/>
        <source>The weapon as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/anonymise_truth.py" line="182"/>
        <source>Where the markings are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/builtin.py" line="36"/>
        <source>'{text}' is neither a scenario pack (folder or zip) nor a shipped scenario (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="27"/>
        <source>Exercise summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="28"/>
        <source>{count} trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="30"/>
        <source>Summary: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="31"/>
        <source>Cohort {cohort}: {count} trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="37"/>
        <source>Exercise summary: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="44"/>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="50"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="58"/>
        <source>Declarations to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="62"/>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="84"/>
        <source>{count} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="68"/>
        <source>selected by {count}, hides nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="69"/>
        <source>Selected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="74"/>
        <source>Hidden items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="86"/>
        <source>Identified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="86"/>
        <source>Serial exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="87"/>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="92"/>
        <source>Evidence steps missed or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="95"/>
        <source>Counted in the {count} seizure cases the trainees opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="108"/>
        <source>In every case opened, every required step was done, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="114"/>
        <source>Times missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/cohort_pdf.py" line="114"/>
        <source>Times out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="50"/>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="50"/>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="51"/>
        <source>Evidence procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="51"/>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="56"/>
        <source>near miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="56"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="56"/>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="76"/>
        <source>Exercise: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="78"/>
        <source>Scenario {id} version {version}; scoring method: docs/training.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="101"/>
        <source>Exercise debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="103"/>
        <source>Debrief: {trainee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="107"/>
        <source>{id} version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="109"/>
        <source>Scored at scenario time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="117"/>
        <source>Exercise debrief: {trainee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="129"/>
        <source>Total (out of 100; parts with nothing to judge are left out and the others scaled up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="131"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="131"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="131"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="131"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="139"/>
        <source>What the exercise trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="146"/>
        <source>1. Detection: the declarations to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="147"/>
        <source>Selected for inspection: {selected}. Expected: {expected}. Precision {precision}, recall {recall}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="155"/>
        <source>nothing hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="157"/>
        <source>one item: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="159"/>
        <source>{count} items: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="162"/>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="164"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="166"/>
        <source>selected, hides nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="169"/>
        <source>never reached the queue (inject not released)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="170"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="171"/>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="172"/>
        <source>The trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="177"/>
        <source>2. Identification: each hidden item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="179"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="207"/>
        <source>The scenario hides no item the trainee could see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="182"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="186"/>
        <source>{declaration}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="190"/>
        <source>Not identified (score 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="193"/>
        <source>Identification '{label}': {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="198"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="198"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="198"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="199"/>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="276"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="205"/>
        <source>3. Evidence procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="212"/>
        <source>{declaration}: case {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="214"/>
        <source>{declaration}: no seizure case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="216"/>
        <source>Concealment ({method}): {where}. Steps done {done} of {required}; order kept in {kept} of {checks} checks; score {score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="227"/>
        <source>* Out of order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="229"/>
        <source>reason given: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="252"/>
        <source>n/a: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="258"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="262"/>
        <source>Required step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="262"/>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="267"/>
        <source>4. Timing (scenario minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="269"/>
        <source>The scenario sets no time targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="270"/>
        <source>from arrival to inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="271"/>
        <source>from the find to the last required step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="274"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="274"/>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="275"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="275"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/debrief_pdf.py" line="276"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/findings.py" line="88"/>
        <source>Markings on the {place}, close up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/findings.py" line="105"/>
        <source>barrel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/findings.py" line="105"/>
        <source>frame or receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/findings.py" line="105"/>
        <source>slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/findings.py" line="106"/>
        <source>bolt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/findings.py" line="106"/>
        <source>cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/findings.py" line="117"/>
        <source>Nothing to see yet: start a physical inspection, an X-ray or a dog search of the shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/findings.py" line="121"/>
        <source>The shipment is what the declaration says; nothing unusual was seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/findings.py" line="123"/>
        <source>The X-ray and the dog show nothing unusual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/findings.py" line="125"/>
        <source>Something dense does not match the declared goods: open the shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/findings.py" line="130"/>
        <source>Found {count} items hidden in the shipment. Stop, secure the scene and treat every firearm as loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/guard.py" line="19"/>
        <source>{where} is an exercise database: {action} is refused, because exercise data never leaves the station and never mixes with live data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_fields.py" line="53"/>
        <source>each entry must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_fields.py" line="62"/>
        <source>must be {minimum} or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_fields.py" line="74"/>
        <location filename="../../borderdesk/training/pack_load.py" line="294"/>
        <location filename="../../borderdesk/training/pack_truth.py" line="86"/>
        <source>'{value}' is not one of: {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="80"/>
        <source>{pack}: there is no {manifest} at the top of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="97"/>
        <source>scenario format {found} is not read by this borderdesk (it reads {known}); a newer borderdesk may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="121"/>
        <location filename="../../borderdesk/training/pack_load.py" line="285"/>
        <source>'{id}' is not a declaration of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="158"/>
        <source>must be a date and time like 2026-11-28T07:30:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="161"/>
        <source>needs its offset from UTC (like +01:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="169"/>
        <source>'{name}' is not a shipped profile (resources/profiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="188"/>
        <source>'{file}' is not in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="196"/>
        <source>'{file}': {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="206"/>
        <source>'{file}' is not a declaration file (.json, .jsonl, .csv or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="219"/>
        <source>... and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="223"/>
        <source>declaration '{id}' is in '{file}' and '{other}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="241"/>
        <source>inject id '{id}' is used twice (first on line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="249"/>
        <source>only amendment and arrival injects bring files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="254"/>
        <source>'{id}' is amended before the scenario brought it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="258"/>
        <source>'{id}' arrives again: a changed declaration is an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="265"/>
        <source>only watchlist injects add entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="289"/>
        <source>'{id}' hides items but is not expected to be selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="307"/>
        <source>each order is a pair [first, then]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="311"/>
        <source>'{step}' is not an evidence step of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="334"/>
        <source>must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="337"/>
        <source>at least one weight must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_load.py" line="344"/>
        <source>{where}: is in the pack but the manifest does not name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_source.py" line="48"/>
        <source>{pack}: no such folder or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_source.py" line="75"/>
        <source>{pack}: there is no file '{name}' in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_source.py" line="86"/>
        <source>{where}: cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_source.py" line="89"/>
        <source>{where}: is larger than the limit of {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_source.py" line="111"/>
        <source>{pack}: neither a folder nor a zip archive ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_source.py" line="127"/>
        <source>{pack}: '{member}' is a symbolic link, which a pack may not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_source.py" line="137"/>
        <source>{pack}: '{member}' is not a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_source.py" line="142"/>
        <source>{pack}: has more than {limit} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_source.py" line="145"/>
        <source>{pack}: its files are more than {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_truth.py" line="53"/>
        <source>the truth of '{id}' is already given on line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_truth.py" line="65"/>
        <source>item id '{id}' is used twice (first on line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_truth.py" line="82"/>
        <source>a part needs its component (barrel, bolt...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_truth.py" line="123"/>
        <source>a picture is either a file of the pack or a drawing, not both or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_truth.py" line="126"/>
        <source>'{name}' is not one of the reference drawings (resources/checklists/drawings.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_truth.py" line="160"/>
        <source>category '{found}', the item says '{expected}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_truth.py" line="163"/>
        <source>typology '{found}', the item says '{expected}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_truth.py" line="166"/>
        <source>component '{found}', the item says '{expected}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_truth.py" line="174"/>
        <source>the serial is not the item's '{serial}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/pack_truth.py" line="177"/>
        <source>the model identification disagrees with the item: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/training/scoring_evidence.py" line="106"/>
        <source>the scenario expects this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_sample.py" line="65"/>
        <source>there is no identification view '{view}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/identify_sample.py" line="69"/>
        <source>pistol under the driver's seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/permissions.py" line="37"/>
        <source>This needs the {role} role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/permissions.py" line="38"/>
        <source>This needs one of the roles {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="41"/>
        <location filename="../../resources/codelists/seizure.yaml" line="17"/>
        <source>Seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="42"/>
        <location filename="../../resources/codelists/seizure.yaml" line="18"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="43"/>
        <location filename="../../resources/codelists/seizure.yaml" line="19"/>
        <source>Surrendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="46"/>
        <location filename="../../resources/codelists/seizure.yaml" line="33"/>
        <source>Illicit possession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="47"/>
        <location filename="../../resources/codelists/seizure.yaml" line="34"/>
        <source>Illicit trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="48"/>
        <location filename="../../resources/codelists/seizure.yaml" line="35"/>
        <location filename="../../resources/codelists/seizure.yaml" line="126"/>
        <source>Illicit manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="49"/>
        <location filename="../../resources/codelists/seizure.yaml" line="36"/>
        <source>Illicit or obliterated marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="50"/>
        <location filename="../../resources/codelists/iafq.yaml" line="59"/>
        <location filename="../../resources/codelists/iafq.yaml" line="71"/>
        <location filename="../../resources/codelists/seizure.yaml" line="31"/>
        <location filename="../../resources/codelists/seizure.yaml" line="37"/>
        <location filename="../../resources/codelists/seizure.yaml" line="44"/>
        <location filename="../../resources/codelists/seizure.yaml" line="54"/>
        <location filename="../../resources/codelists/seizure.yaml" line="63"/>
        <location filename="../../resources/codelists/seizure.yaml" line="71"/>
        <location filename="../../resources/codelists/seizure.yaml" line="94"/>
        <location filename="../../resources/codelists/seizure.yaml" line="100"/>
        <location filename="../../resources/codelists/seizure.yaml" line="107"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="54"/>
        <location filename="../../resources/codelists/seizure.yaml" line="39"/>
        <source>Trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="55"/>
        <location filename="../../resources/codelists/seizure.yaml" line="40"/>
        <source>Drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="56"/>
        <location filename="../../resources/codelists/seizure.yaml" line="41"/>
        <source>Violent crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="57"/>
        <location filename="../../resources/codelists/seizure.yaml" line="42"/>
        <source>Organised crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="58"/>
        <location filename="../../resources/codelists/seizure.yaml" line="43"/>
        <source>Terrorism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="74"/>
        <location filename="../../resources/codelists/seizure.yaml" line="118"/>
        <source>Arrested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="75"/>
        <location filename="../../resources/codelists/seizure.yaml" line="119"/>
        <source>Prosecuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="76"/>
        <location filename="../../resources/codelists/seizure.yaml" line="120"/>
        <source>Convicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="79"/>
        <location filename="../../resources/codelists/iafq.yaml" line="195"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="80"/>
        <location filename="../../resources/codelists/iafq.yaml" line="196"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="83"/>
        <location filename="../../resources/codelists/seizure.yaml" line="111"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="86"/>
        <location filename="../../resources/codelists/seizure.yaml" line="115"/>
        <source>By tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="87"/>
        <source>Otherwise (a competent authority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="98"/>
        <source>Firearms and light weapons of the counted events, one per item, by the type the identification gave (rows) and the event's type (columns). Parts and ammunition are counted apart. Total = seized + found + surrendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="104"/>
        <source>Counted events by type. Arms: firearms and light weapons of those events. Arms per event: arms divided by events (events with only parts or ammunition count as events with no arms). Largest event: the most arms in one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="111"/>
        <source>Arms per event (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="112"/>
        <source>Largest event (arms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="114"/>
        <source>Legal justification by type of arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="115"/>
        <source>Arms by the event's legal justification (rows) and the arm's type (columns). An event without a justification counts as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="119"/>
        <source>Criminal context by type of arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="120"/>
        <source>Arms by the event's criminal context as it stands when the tables are made (it is often learnt after the seizure; not yet known counts as unknown) and the arm's type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="124"/>
        <source>Parts and components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="125"/>
        <source>Pieces in the counted groups of parts (and parts identified one by one), by part type. Upper and lower receivers are counted as receivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="129"/>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="131"/>
        <source>Ammunition by calibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="132"/>
        <source>Rounds in the counted groups of ammunition, by calibre code of the calibre list; a calibre the list does not know is shown as it was read. Events: how many counted events had rounds of that calibre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="137"/>
        <location filename="../../resources/codelists/iafq.yaml" line="210"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="140"/>
        <source>Arms by country of manufacture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="141"/>
        <source>Arms by the country of manufacture read from the item's markings (an ISO 3166 code or a country's name); unknown when none was read or it names no country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="145"/>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="146"/>
        <source>Counted events by their route: departure country, the countries of transit in order, and destination country (unknown where not recorded). Arms: firearms and light weapons of those events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="151"/>
        <source>Departure country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="152"/>
        <source>Transit countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="153"/>
        <source>Destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="157"/>
        <source>Tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="158"/>
        <source>Arms: every firearm and light weapon counted. Registry checks and iARMS queries: arms checked or queried at least once. Trace requests sent: every request about an arm; answered: those whose status now counts as answered (answered, refused). Origin established: arms whose latest word on their illicit origin says it was established, by tracing or by another competent authority's finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="165"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="167"/>
        <location filename="../../resources/codelists/iafq.yaml" line="184"/>
        <source>Arms seized, found and surrendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="168"/>
        <source>Arms checked in the national registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="169"/>
        <source>Arms queried in INTERPOL iARMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="170"/>
        <source>Trace requests sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="171"/>
        <source>Trace requests answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="172"/>
        <source>Illicit origin established by tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="173"/>
        <source>Illicit origin established otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="175"/>
        <source>SDG indicator 16.4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="176"/>
        <source>Numerator: arms whose illicit origin was established, by tracing or by a competent authority. Denominator: all arms seized, found and surrendered in the year. Proportion: numerator divided by denominator (empty when no arm was counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="181"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="183"/>
        <source>Arms whose illicit origin was established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="185"/>
        <source>Proportion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="187"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="188"/>
        <source>Persons recorded with the counted events who reached each stage of the criminal-justice follow-up (a person counts once per stage, whatever the date of that stage). Women and men by the recorded sex; nationals and foreigners by nationality against the station's country. A person whose sex or nationality was not recorded counts in the total only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="197"/>
        <source>Nationals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="198"/>
        <source>Foreigners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="200"/>
        <source>Significant seizures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="201"/>
        <source>One row per counted event with at least the threshold of arms, any arm of the listed types, or one of the listed criminal contexts (thresholds in iafq.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="206"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="209"/>
        <source>Parts (pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="212"/>
        <source>Concealment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/iafq.yaml" line="215"/>
        <source>Tracing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="21"/>
        <source>Entering the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="22"/>
        <source>Leaving the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="23"/>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="25"/>
        <source>Risk profile rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="26"/>
        <source>Random selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="27"/>
        <source>Intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="28"/>
        <source>X-ray or scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="29"/>
        <source>Detector dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="30"/>
        <source>Manual search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="47"/>
        <source>Truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="48"/>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="49"/>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="50"/>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="51"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="52"/>
        <source>Postal or courier parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="53"/>
        <source>On foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="56"/>
        <source>Natural void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="57"/>
        <source>False compartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="58"/>
        <source>Inside goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="59"/>
        <source>Luggage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="60"/>
        <source>On the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="61"/>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="62"/>
        <source>Not concealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="66"/>
        <source>Passenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="70"/>
        <source>Owner of the goods or vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="73"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="74"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="90"/>
        <source>Not in the national registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="91"/>
        <source>Registered to a lawful holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="92"/>
        <source>Reported stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="93"/>
        <source>Reported lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="96"/>
        <source>No hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="97"/>
        <source>Hit: stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="98"/>
        <source>Hit: lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="99"/>
        <source>Hit: trafficked or smuggled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="102"/>
        <source>INTERPOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="103"/>
        <source>Europol (SIENA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="104"/>
        <source>Bilateral request to the national authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="105"/>
        <source>Diplomatic channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="106"/>
        <source>Directly to the manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="109"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="110"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="112"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="113"/>
        <source>Closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="116"/>
        <source>By another competent authority's finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="121"/>
        <source>Acquitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="122"/>
        <source>Released without charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="124"/>
        <source>Illicit trafficking in firearms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="125"/>
        <source>Illicit possession of firearms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="127"/>
        <source>Falsifying or removing markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="128"/>
        <source>Smuggling (customs offence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/codelists/seizure.yaml" line="129"/>
        <source>Other offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="14"/>
        <source>Who may do what at a station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="18"/>
        <source>read the station's declarations, inspections and seizure cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="21"/>
        <source>import declaration files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="24"/>
        <source>screen declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="27"/>
        <source>change a declaration's lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="30"/>
        <source>start inspections and record their outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="33"/>
        <source>identify items found by an inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="36"/>
        <source>record seizures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="39"/>
        <source>sign off seizure cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="42"/>
        <source>amend signed-off seizure cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="45"/>
        <source>print seizure reports and evidence labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="48"/>
        <source>export data from the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="51"/>
        <source>load risk profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="54"/>
        <source>change the watch lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="57"/>
        <source>back-test risk profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="60"/>
        <source>run training exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="63"/>
        <source>administer the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="66"/>
        <source>synchronise the station with headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="71"/>
        <source>officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="74"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="78"/>
        <source>risk analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="81"/>
        <source>trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/security/permissions.yaml" line="84"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="10"/>
        <source>Identify a firearm, part or ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="16"/>
        <source>Safety first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="17"/>
        <source>Treat every weapon as loaded. Do not touch it unless you must. Keep people away from the muzzle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="22"/>
        <source>Confirm before going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="25"/>
        <source>I treat it as loaded and keep the muzzle pointed where no one is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="27"/>
        <source>I will not work the action, pull the trigger or remove anything myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="31"/>
        <source>Who will make it safe? (name and unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="32"/>
        <source>Call a qualified person (armourer, police firearms officer). Write who came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="35"/>
        <source>Condition as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="36"/>
        <source>Record what you see before anyone makes it safe. Look, do not handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="41"/>
        <source>Was it loaded when found?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="44"/>
        <source>Loaded (cartridge in chamber, cylinder or magazine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="47"/>
        <source>Unloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="49"/>
        <source>Cannot tell without handling it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="52"/>
        <source>Where does it hold its cartridges?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="53"/>
        <source>Ammunition alone, parts and accessories have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="56"/>
        <source>In a revolving cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="59"/>
        <source>In a magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="62"/>
        <source>Elsewhere, or cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="64"/>
        <source>Not a weapon (ammunition, a part, an accessory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="68"/>
        <source>Condition before making safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="69"/>
        <source>Look from the side. Note what you see; the qualified person makes it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="75"/>
        <source>Is the magazine in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="77"/>
        <source>Magazine inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="78"/>
        <source>No magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="79"/>
        <source>Cannot see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="82"/>
        <source>Round in the chamber?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="83"/>
        <source>Only if the qualified person checks it; do not open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="85"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="86"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="87"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="90"/>
        <source>Hammer or striker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="92"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="140"/>
        <source>Cocked (back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="93"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="141"/>
        <source>Down (forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="94"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="142"/>
        <source>No visible hammer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="97"/>
        <source>Safety lever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="99"/>
        <source>On (safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="100"/>
        <source>Off (fire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="101"/>
        <source>No safety lever, or cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="104"/>
        <source>Revolver cylinder as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="105"/>
        <source>Look from behind. Chamber 1 is the one under the hammer; count clockwise. Record before anyone opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="115"/>
        <source>How many chambers has the cylinder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="119"/>
        <source>Chambers holding live rounds (bullet visible or primer not struck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="122"/>
        <source>1 (under the hammer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="123"/>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="124"/>
        <source>3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="125"/>
        <source>4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="126"/>
        <source>5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="127"/>
        <source>6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="128"/>
        <source>7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="129"/>
        <source>8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="133"/>
        <source>Chambers holding fired cases (primer struck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="138"/>
        <source>Hammer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="145"/>
        <source>Photograph it as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="146"/>
        <source>Before it is made safe, if it can be done without touching it. Include a scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="152"/>
        <source>Photos of the item as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="156"/>
        <source>What kind of item is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="157"/>
        <source>Choose by what you see. An alarm, air or toy gun that looks real is "other weapon".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="161"/>
        <source>Class of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="164"/>
        <source>Firearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="165"/>
        <source>Fires a bullet or shot by a propellant charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="169"/>
        <source>Light weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="170"/>
        <source>Shoulder-fired launcher, heavy machine gun, grenade launcher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="174"/>
        <source>Part or essential component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="175"/>
        <source>Barrel, frame, receiver, slide, cylinder, bolt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="179"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="545"/>
        <source>Accessory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="180"/>
        <source>Magazine, silencer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="184"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="561"/>
        <source>Ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="185"/>
        <source>Cartridges, loose or boxed, shotgun shells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="189"/>
        <source>Other weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="190"/>
        <source>Alarm or signal gun, air or gas gun, replica, airsoft, toy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="196"/>
        <source>What does it look like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="197"/>
        <source>Handgun - held in one or two hands, no shoulder stock. Long gun - fired from the shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="202"/>
        <source>Overall shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="205"/>
        <source>Handgun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="208"/>
        <source>Long gun (rifle, carbine, shotgun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="211"/>
        <source>Sub-machine gun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="212"/>
        <source>Compact, pistol cartridges, magazine often in front of the trigger, folding stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="216"/>
        <source>Machine gun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="217"/>
        <source>Bipod or tripod, belt feed or large magazine, heavy barrel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="222"/>
        <source>Which handgun?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="227"/>
        <source>Type of handgun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="230"/>
        <source>Revolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="231"/>
        <source>A cylinder turns behind the barrel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="235"/>
        <source>Self-loading pistol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="236"/>
        <source>A slide on top, a magazine in the grip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="240"/>
        <source>Single-shot pistol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="241"/>
        <source>One barrel, loaded by hand each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="245"/>
        <source>Derringer (small, two barrels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="250"/>
        <source>Rifle or shotgun?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="251"/>
        <source>Look into the muzzle without touching the trigger. Spiral grooves - rifle. Smooth and wide - shotgun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="256"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="510"/>
        <source>Barrel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="259"/>
        <source>Rifle or carbine (grooved barrel, bullets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="263"/>
        <source>Shotgun (smooth barrel, shells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="264"/>
        <source>Calibre in gauge (12, 16, 20) or .410.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="269"/>
        <source>How does the rifle load?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="270"/>
        <source>Look at what the shooter moves between shots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="275"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="308"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="278"/>
        <source>Bolt action - a handle lifted and pulled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="282"/>
        <source>Lever action - a lever around the trigger guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="286"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="315"/>
        <source>Pump action - a sliding fore-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="290"/>
        <source>Self-loading - nothing to move, one shot per pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="294"/>
        <source>Select fire - a selector with an automatic position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="298"/>
        <source>Break-open - the barrel tips down to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="303"/>
        <source>How does the shotgun load?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="311"/>
        <source>Break-open - the barrels tip down to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="319"/>
        <source>Self-loading - nothing to move between shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="325"/>
        <source>Any of these signs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="326"/>
        <source>Tick every one you see. Leave all empty if none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="332"/>
        <source>Special status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="335"/>
        <source>Alarm or signal weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="336"/>
        <source>Marked as such or with an approval mark; barrel blocked by an insert; side vent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="340"/>
        <source>Converted to fire live rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="341"/>
        <source>Alarm, blank or replica gun with a drilled or replaced barrel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="345"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="346"/>
        <source>Deactivation mark; barrel welded or pinned; slots cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="350"/>
        <source>Reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="351"/>
        <source>Deactivation mark, but welds ground out or parts replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="355"/>
        <source>Replica, airsoft or toy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="356"/>
        <source>Fires plastic BBs, not cartridges; often an orange tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="360"/>
        <source>Air or gas weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="361"/>
        <source>Pellets, a gas cartridge or a cocking lever; marked with joules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="365"/>
        <source>3D-printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="366"/>
        <source>Plastic frame with layer lines; barrel and bolt usually steel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="370"/>
        <source>Privately made (home-made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="371"/>
        <source>No maker's marks, rough machining, welds, plumbing parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="374"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="375"/>
        <source>Shortened barrel or stock, converted to automatic, parts added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="378"/>
        <source>Antique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="379"/>
        <source>Muzzle-loading, flintlock or percussion; very old maker's dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="382"/>
        <source>Disguised as another object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="383"/>
        <source>Pen, key ring, phone, walking stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="387"/>
        <source>Check the alarm weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="388"/>
        <source>Read the make and model from the weapon itself. The list of approved models is checked for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="395"/>
        <source>Make as marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="396"/>
        <source>For example EKOL, ZORAKI, RETAY, BLOW. Not the importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="400"/>
        <source>Model as marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="404"/>
        <source>Signs of conversion (tick any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="405"/>
        <source>An approved model that shows these is no longer an alarm weapon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="408"/>
        <source>Barrel insert removed or drilled through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="412"/>
        <source>Side gas vent closed or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="416"/>
        <source>A steel rifled barrel fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="420"/>
        <source>Found with live (bulleted) cartridges that fit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="424"/>
        <source>Check the deactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="430"/>
        <source>Deactivation mark on the parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="431"/>
        <source>EU mark with country code and inspection body, on each essential part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="433"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="434"/>
        <source>Absent or not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="437"/>
        <source>Deactivation certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="439"/>
        <source>Seen with the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="440"/>
        <source>Not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="443"/>
        <source>What was modified?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="448"/>
        <source>Modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="450"/>
        <source>Barrel shortened (sawn off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="451"/>
        <source>Stock shortened or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="452"/>
        <source>Converted to automatic fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="453"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="457"/>
        <source>Markings on the revolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="458"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="469"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="480"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="491"/>
        <source>Read each marking from the item, never from documents. Serial first, where it sits (frame first). Add maker, model, calibre, country, import and proof marks. No serial - add it as "not present"; filed off - "obliterated". A photo of each, with a scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="464"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="475"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="486"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="497"/>
        <source>Markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="465"/>
        <source>Serials are often on the frame under the barrel or behind the cylinder, and on the cylinder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="468"/>
        <source>Markings on the pistol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="476"/>
        <source>The frame's serial is the legal one; slide and barrel may carry more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="479"/>
        <source>Markings on the long gun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="487"/>
        <source>Look on the receiver, the barrel near the chamber, and the bolt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="490"/>
        <source>Markings on the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="501"/>
        <source>Which part is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="502"/>
        <source>Count and describe each kind of part as its own item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="508"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="511"/>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="512"/>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="513"/>
        <source>Upper receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="514"/>
        <source>Lower receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="515"/>
        <source>Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="516"/>
        <source>Cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="517"/>
        <source>Bolt or breech block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="518"/>
        <source>Other part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="526"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="557"/>
        <source>How many?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="531"/>
        <source>Calibre as marked, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="536"/>
        <source>What firearm is it for, if known?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="539"/>
        <source>Which accessory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="547"/>
        <source>Magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="548"/>
        <source>Silencer (sound moderator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="549"/>
        <source>Other accessory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="562"/>
        <source>Count and describe one kind of cartridge per item. Read the box and the cartridge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="569"/>
        <source>Calibre as marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="570"/>
        <source>For example 9 mm Luger, 7.62x39, .22 LR, 12/70.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="575"/>
        <source>Headstamp (letters and numbers on the base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="576"/>
        <source>Maker code and year, exactly as read. Empty if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="585"/>
        <source>How many rounds?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="588"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="590"/>
        <source>Ball (full metal jacket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="591"/>
        <source>Hollow point or soft point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="592"/>
        <source>Armour-piercing, tracer or incendiary (coloured tip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="593"/>
        <source>Shotgun shells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="594"/>
        <source>Blank or alarm cartridges (no bullet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="595"/>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="654"/>
        <source>Cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="600"/>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="605"/>
        <source>Packaging and its marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="606"/>
        <source>Box, can, bag or loose; maker and text on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="610"/>
        <source>Photos of the box and of a cartridge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="614"/>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="615"/>
        <source>Only once it is safe. Barrel - from muzzle to the closed breech. Overall - stock extended. Leave empty what you cannot measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="625"/>
        <source>Barrel length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="633"/>
        <source>Overall length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="642"/>
        <source>Magazine capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="643"/>
        <source>As marked on the magazine, or counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="648"/>
        <source>Cartridge type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="649"/>
        <source>Look at a cartridge base. Rimfire has no primer cup in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="652"/>
        <source>Centre-fire (primer in the middle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="653"/>
        <source>Rimfire (e.g. .22 LR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="658"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="661"/>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="662"/>
        <source>Folding or telescopic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="663"/>
        <source>No stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="667"/>
        <source>Photos of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="668"/>
        <source>Both sides, whole item, with a scale. Markings have their own photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="674"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="677"/>
        <source>Legal category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="678"/>
        <source>The suggestion and its reason are shown above. It is advice from the rule table; you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="683"/>
        <source>Does the suggested category fit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="685"/>
        <source>Yes, it fits what I see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="686"/>
        <source>I am unsure: refer to an expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="687"/>
        <source>No: I note why below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="691"/>
        <source>Why (a few words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="694"/>
        <source>Anything else?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="700"/>
        <source>Notes for the record or for an expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/firearm-identification.yaml" line="701"/>
        <source>Damage, missing parts, what it came with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../borderdesk/ui/crash.py" line="27"/>
        <source>Sorry, something went wrong inside borderdesk. This is a fault in the program, not in what you did.

The details were written to:
{path}

Please send that file to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crash.py" line="87"/>
        <source>borderdesk: internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drawings</name>
    <message>
        <location filename="../../resources/reference/drawings/alarm-barrel-obstruction.svg" line="3"/>
        <source>Alarm pistol barrel: obstruction and side vent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/alarm-barrel-obstruction.svg" line="4"/>
        <source>Length-wise cut through the barrel of an alarm (blank-firing) pistol: a hardened insert across the bore stops any projectile, and the gas of the blank escapes through a side vent in front of the chamber. A barrel without the insert, or drilled through, points to a conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/class-accessory.svg" line="3"/>
        <source>Accessories: magazine and silencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/class-accessory.svg" line="4"/>
        <source>Two accessories that many laws control: a detachable pistol magazine (capacity may be limited) and a silencer (sound moderator) that screws onto a muzzle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/class-ammunition.svg" line="3"/>
        <source>Ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/class-ammunition.svg" line="4"/>
        <source>An opened box of cartridges, their bases (headstamps) up, with the maker's label giving calibre, quantity and lot, and one loose cartridge beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/class-other-weapon.svg" line="3"/>
        <source>Other weapons: alarm, air and gas guns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/class-other-weapon.svg" line="4"/>
        <source>Two weapons that look like firearms but are not, unless converted: an alarm (blank or gas) pistol, whose barrel is blocked, and an air pistol that fires pellets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/class-part.svg" line="3"/>
        <source>Parts and essential components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/class-part.svg" line="4"/>
        <source>Essential components laid out on their own, without a whole firearm: a pistol slide, a rifle barrel and a rifle bolt. Each is counted and described; many carry the serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-barrel.svg" line="3"/>
        <source>Barrel (essential component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-barrel.svg" line="4"/>
        <source>Two barrels as essential components: a pistol barrel with its chamber hood and locking lug, and a rifle barrel with its threaded chamber end. Calibre and often the serial number are marked near the chamber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-bolt.svg" line="3"/>
        <source>Bolt (essential component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-bolt.svg" line="4"/>
        <source>The bolt of a bolt-action rifle, taken out: locking lugs at the head, extractor along the body, the handle with its knob, the firing-pin shroud at the rear. Bolts often repeat the rifle's serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-cylinder.svg" line="3"/>
        <source>Cylinder (essential component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-cylinder.svg" line="4"/>
        <source>A revolver cylinder out of the frame: from the side with its flutes and stop notches, and from the rear with six chambers around the ratchet (extractor star). Serial numbers are often repeated on the cylinder, proof marks stamped between the chambers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-frame.svg" line="3"/>
        <source>Frame (essential component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-frame.svg" line="4"/>
        <source>The frame of a self-loading pistol without its slide: grip, trigger and trigger guard, the rails the slide runs on, the magazine well in the grip. In most countries the frame is the part that is the firearm in law and carries the serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-magazine.svg" line="3"/>
        <source>Magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-magazine.svg" line="4"/>
        <source>Two detachable magazines: a straight double-stack pistol magazine with witness holes, base plate and a round on the follower; a curved rifle magazine. Capacity can be counted from the witness holes or the marking; some laws limit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-receiver.svg" line="3"/>
        <source>Receiver, upper and lower (essential components)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-receiver.svg" line="4"/>
        <source>The two halves of a modular rifle receiver, apart: the upper receiver with the ejection port, forward assist and barrel nut; the lower receiver with the magazine well, trigger, selector and grip. The lower is usually the serialised part; marking on the magazine well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-silencer.svg" line="3"/>
        <source>Silencer (sound moderator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-silencer.svg" line="4"/>
        <source>A silencer, lower half cut away: a tube that screws onto the muzzle, with baffles inside that slow the gas; the bullet passes along the bore line. Treated as an essential component in many laws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-slide.svg" line="3"/>
        <source>Slide (essential component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/component-slide.svg" line="4"/>
        <source>The slide of a self-loading pistol, taken off the frame: it carries the sights, the ejection port and the grip serrations, and holds the breech face and firing pin; maker and model, often the serial, are marked on its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/group-handgun.svg" line="3"/>
        <source>Handguns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/group-handgun.svg" line="4"/>
        <source>Two handguns side by side, each held in one hand: a self-loading pistol (slide, magazine in the grip) and a revolver (revolving cylinder in front of the hammer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/group-long-gun.svg" line="3"/>
        <source>Long guns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/group-long-gun.svg" line="4"/>
        <source>Two long guns fired from the shoulder: a rifle (thin barrel, sights, stock) above and a pump-action shotgun (wider smooth barrel, bead at the muzzle, tube magazine) below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/handgun-other.svg" line="3"/>
        <source>Other handgun: derringer or single-shot pistol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/handgun-other.svg" line="4"/>
        <source>Right side of an over-and-under derringer: two short barrels that tip up on a hinge for loading, one shot per barrel, exposed hammer, spur trigger without a guard, small bird's-head grip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/headstamp.svg" line="3"/>
        <source>Headstamp (cartridge base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/headstamp.svg" line="4"/>
        <source>The base of a centre-fire cartridge, seen end on: the rim, the primer in its pocket in the centre, and the stamped headstamp around it with the maker's code, the year of manufacture and often the calibre. The letters here are an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/light-weapon.svg" line="3"/>
        <source>Light weapon: shoulder-fired launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/light-weapon.svg" line="4"/>
        <source>Right side of a shoulder-fired rocket-propelled grenade launcher: a long open tube with a heat shield, two grips and an optical sight, a grenade loaded in the front end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/machine-gun.svg" line="3"/>
        <source>Machine gun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/machine-gun.svg" line="4"/>
        <source>Right side of a general-purpose machine gun: fed by a belt of cartridges, carrying handle, bipod under the barrel, long barrel with flash hider, pistol grip and fixed butt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/markings-pistol.svg" line="3"/>
        <source>Where a self-loading pistol is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/markings-pistol.svg" line="4"/>
        <source>Right side of a self-loading pistol with the usual marking places: the serial number on the frame (the part that counts), often repeated on the slide and on the barrel seen in the ejection port; maker and model on the slide; calibre on the barrel; proof marks; the import marking on the frame or slide. Many makers use the left side the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/markings-revolver.svg" line="3"/>
        <source>Where a revolver is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/markings-revolver.svg" line="4"/>
        <source>Right side of a revolver with the usual marking places: the serial number on the frame (under the cylinder at the crane, or on the butt), often repeated on the cylinder and under the barrel; maker, model and calibre on the barrel; proof marks on the cylinder and barrel; the import marking on frame or barrel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/markings-rifle.svg" line="3"/>
        <source>Where a rifle is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/markings-rifle.svg" line="4"/>
        <source>The action of a bolt-action rifle, enlarged, with the usual marking places: the serial number on the receiver (the part that counts), often repeated on the bolt and barrel; maker and model on the receiver; calibre and proof marks on the barrel; the import marking on receiver or barrel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/pistol-self-loading.svg" line="3"/>
        <source>Self-loading pistol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/pistol-self-loading.svg" line="4"/>
        <source>Right side of a self-loading pistol: a slide with ejection port over the frame, the magazine inside the grip, exposed hammer and a safety lever at the rear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/revolver.svg" line="3"/>
        <source>Revolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/revolver.svg" line="4"/>
        <source>Right side of a double-action revolver: a revolving cylinder with six chambers sits in a window of the frame, behind the barrel; exposed hammer, ejector rod under the barrel, grip with wooden stocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/rifle-bolt.svg" line="3"/>
        <source>Bolt-action rifle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/rifle-bolt.svg" line="4"/>
        <source>Right side of a bolt-action rifle: a bolt handle sticks out to the right of the receiver and is lifted and pulled back by hand; fixed magazine under the receiver, one-piece wooden stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/rifle-lever.svg" line="3"/>
        <source>Lever-action rifle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/rifle-lever.svg" line="4"/>
        <source>Right side of a lever-action rifle: a lever with a finger loop under the receiver works the action; exposed hammer, tube magazine under the barrel, straight two-piece stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/rifle-pump.svg" line="3"/>
        <source>Pump-action (slide-action) rifle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/rifle-pump.svg" line="4"/>
        <source>Right side of a pump-action rifle: the grooved fore-end slides back and forth on action bars to work the action; rifle barrel with sights, box magazine under the receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/rifle-select-fire.svg" line="3"/>
        <source>Select-fire (assault) rifle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/rifle-select-fire.svg" line="4"/>
        <source>Right side of a select-fire rifle: a selector lever on the receiver sets safe, automatic or single shots; curved detachable magazine, pistol grip, gas tube over the barrel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/rifle-self-loading.svg" line="3"/>
        <source>Self-loading (semi-automatic) rifle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/rifle-self-loading.svg" line="4"/>
        <source>Right side of a self-loading rifle: a charging handle instead of a bolt handle, ejection port, gas block on the barrel, detachable box magazine; fires one shot per pull of the trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/safety-pistol-condition.svg" line="3"/>
        <source>Pistol condition before making safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/safety-pistol-condition.svg" line="4"/>
        <source>A self-loading pistol with the five things to record before it is made safe: whether a magazine is in, whether a round is in the chamber (shown cut away), whether the hammer is cocked, whether the safety is on, and whether the slide is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/safety-revolver-cylinder.svg" line="3"/>
        <source>Revolver cylinder as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/safety-revolver-cylinder.svg" line="4"/>
        <source>The cylinder of a six-shot revolver seen from behind (the breech end), chambers numbered clockwise 1 to 6 from the one under the hammer (marked), with the arrow showing the usual turn; for recording which chambers hold live rounds, fired cases or nothing before the revolver is made safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/shotgun-break.svg" line="3"/>
        <source>Break-action shotgun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/shotgun-break.svg" line="4"/>
        <source>Right side of an over-and-under shotgun: the barrels tip down at a hinge in front of the action when the top lever is pushed aside; no magazine, a bead at the muzzle, two barrels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/shotgun-pump.svg" line="3"/>
        <source>Pump-action shotgun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/shotgun-pump.svg" line="4"/>
        <source>Right side of a pump-action shotgun: a grooved fore-end slides on the magazine tube and leaves a gap with action bars in front of the receiver; tube magazine, bead at the muzzle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/shotgun-self-loading.svg" line="3"/>
        <source>Self-loading (semi-automatic) shotgun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/shotgun-self-loading.svg" line="4"/>
        <source>Right side of a self-loading shotgun: a smooth fore-end fixed flush against the receiver (no gap, no action bars), a charging handle in the ejection port, magazine cap at the front of the fore-end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/status-3d-printed-frame.svg" line="3"/>
        <source>3D-printed (privately made) pistol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/status-3d-printed-frame.svg" line="4"/>
        <source>A pistol with a 3D-printed plastic frame: fine, even layer lines across the frame, no maker's marks or serial; the slide, barrel and small parts are usually steel and may be bought-in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/status-converted.svg" line="3"/>
        <source>Alarm pistol converted to fire bullets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/status-converted.svg" line="4"/>
        <source>An alarm pistol and a cut along its barrel after conversion: the insert has been drilled out and the bore opened through, so a projectile can pass; look for drill marks, a replaced or sleeved barrel, a closed side vent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/status-deactivated.svg" line="3"/>
        <source>Deactivated firearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/status-deactivated.svg" line="4"/>
        <source>Cut through a deactivated barrel: steel pins driven through the bore and a welded plug in the chamber, so nothing can pass; below, a deactivation mark as stamped on the parts (the text is an example). A deactivated firearm needs the mark and its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/status-replica-airsoft.svg" line="3"/>
        <source>Replica, airsoft or toy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/status-replica-airsoft.svg" line="4"/>
        <source>A 6 mm plastic BB from an airsoft gun beside a real 9 mm cartridge, at the same scale: an item that takes BBs, not cartridges, is a replica or airsoft gun. Many replicas carry a coloured (often orange) tip at the muzzle, which can be painted over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/submachine-gun.svg" line="3"/>
        <source>Sub-machine gun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reference/drawings/submachine-gun.svg" line="4"/>
        <source>Right side of a sub-machine gun: short barrel, pistol grip and a detachable magazine in front of it, retractable stock, selector for automatic fire; fires pistol cartridges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mode_band</name>
    <message>
        <location filename="../../borderdesk/ui/mode_band.py" line="32"/>
        <source>EXERCISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/mode_band.py" line="32"/>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/mode_band.py" line="34"/>
        <source>Exercise mode: training data on its own database, not evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/mode_band.py" line="36"/>
        <source>Live mode: what is recorded here is real, not training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/mode_band.py" line="43"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/mode_band.py" line="49"/>
        <source>EXERCISE — training data, not evidence. Nothing here reaches the live station or headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/mode_band.py" line="60"/>
        <source>{app} EXERCISE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../borderdesk/reports/labels.py" line="64"/>
        <location filename="../../borderdesk/reports/seizure_report.py" line="145"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="135"/>
        <source>EXERCISE - NOT EVIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/labels.py" line="96"/>
        <location filename="../../borderdesk/reports/seizure_report.py" line="139"/>
        <source>Case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/labels.py" line="97"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="294"/>
        <source>Item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/labels.py" line="99"/>
        <source>Seal {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/labels.py" line="100"/>
        <source>Sealed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/labels.py" line="101"/>
        <source>Collected by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="95"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="95"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="136"/>
        <source>{station} border crossing ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="138"/>
        <source>{station} border crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="139"/>
        <location filename="../../borderdesk/reports/seizure_report.py" line="147"/>
        <location filename="../../borderdesk/reports/seizure_report.py" line="185"/>
        <source>Seizure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="140"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="132"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="141"/>
        <source>Printed {when} by {who} · language: {language} · times in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="144"/>
        <source>Audit checkpoint {checkpoint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="147"/>
        <source>Seizure report {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="159"/>
        <source>open (not signed off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="159"/>
        <source>signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="161"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="99"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="162"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="100"/>
        <source>National procedure number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="163"/>
        <source>Date and time of the seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="164"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="97"/>
        <source>Border crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="164"/>
        <location filename="../../borderdesk/services/reports.py" line="323"/>
        <source>{station} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="166"/>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="166"/>
        <location filename="../../borderdesk/reports/seizure_report.py" line="171"/>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="36"/>
        <source>{when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="168"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="171"/>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="177"/>
        <source>Scan to check this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="186"/>
        <source>Record of the seizure of firearms, their parts and ammunition, and of the evidence taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="189"/>
        <source>Snapshot of the case (SHA-256): {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="209"/>
        <source>Type of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="210"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="211"/>
        <source>Legal justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="213"/>
        <source>Criminal context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="215"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="216"/>
        <source>Conveyance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="218"/>
        <source>Concealment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="219"/>
        <source>Place at the crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="220"/>
        <source>GPS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="221"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="222"/>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="223"/>
        <source>Other goods seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="226"/>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="227"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="228"/>
        <source>Detection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="230"/>
        <source>Risk rules hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="230"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="232"/>
        <source>1. The event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="233"/>
        <source>2. Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report.py" line="234"/>
        <source>The risk rules are those of the screening the inspection followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="33"/>
        <source>Snapshot of the case (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="34"/>
        <source>Audit chain at printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="34"/>
        <source>{length} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="35"/>
        <source>Head of the audit chain (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="36"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="38"/>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="40"/>
        <source>10. Integrity of this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="41"/>
        <source>This report was printed from the case as recorded in the station database. The snapshot hash identifies exactly what it shows; the command 'borderdesk report verify' or the QR code tells whether the case has changed since. The audit checkpoint lets headquarters confirm that no evidence record was altered or removed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="58"/>
        <source>Seizing officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="58"/>
        <source>Supervisor who signed off the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="59"/>
        <source>Received by (prosecutor or investigator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="60"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="100"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="388"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="60"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="100"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="61"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="138"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="98"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="61"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="73"/>
        <source>11. Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="91"/>
        <source>Chain of custody form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="92"/>
        <source>Package {label} of case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="96"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="224"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="242"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="97"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="275"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="98"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="292"/>
        <source>Seal numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="98"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="214"/>
        <source>not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="99"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="224"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="99"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="218"/>
        <source>{when}, {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="103"/>
        <source>Every transfer is recorded here and in borderdesk: who releases, who receives, when, why and where. Check the seals at each transfer; a broken seal is written in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="116"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="116"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="65"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="242"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="109"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="116"/>
        <source>Released by (name, signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="117"/>
        <source>Place; seals intact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="117"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="243"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_forms.py" line="117"/>
        <source>Received by (name, signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="41"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="43"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="474"/>
        <source>Ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="45"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="472"/>
        <source>Firearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="61"/>
        <source>3. Seized items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="63"/>
        <source>No items are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="65"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="171"/>
        <source>Calibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="65"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="175"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="65"/>
        <source>EU cat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="65"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="65"/>
        <source>Seized item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="83"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="115"/>
        <source>Markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="84"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="116"/>
        <source>As read on the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="84"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="138"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="198"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="84"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="116"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="84"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="116"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="84"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="109"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="116"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="119"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="93"/>
        <source>4. Persons involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="95"/>
        <source>No persons are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="100"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="100"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="101"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="101"/>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="103"/>
        <source>Nominal data: kept at the station; not sent to headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="115"/>
        <source>National registry check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="119"/>
        <source>INTERPOL iARMS query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="123"/>
        <source>Trace request to {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="131"/>
        <source>not established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="132"/>
        <source>Illicit origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="134"/>
        <source>5. Tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="136"/>
        <source>No registry check, iARMS query or trace request is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="138"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="138"/>
        <source>Result or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="139"/>
        <source>Channel, reference, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="153"/>
        <source>Not applicable: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="187"/>
        <source>Deviation: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="190"/>
        <source>Reason given: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="195"/>
        <source>6. Evidence steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="197"/>
        <source>No evidence step is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="198"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="198"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="198"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="198"/>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="242"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="199"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="201"/>
        <source>Deviations from the order of the steps: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="212"/>
        <source>{number} ({when}, {who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="221"/>
        <source>7. Packages and seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="223"/>
        <source>No package is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="224"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="224"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="224"/>
        <source>Seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="225"/>
        <source>Held now by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="239"/>
        <source>8. Chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="241"/>
        <source>No custody transfer is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="242"/>
        <source>Released by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="243"/>
        <source>Place, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="243"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="253"/>
        <source>9. Photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="255"/>
        <source>No photograph is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="256"/>
        <source>Printed from downscaled copies; the originals are kept unchanged at the station and are identified by their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="287"/>
        <source>(the photo's file could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="288"/>
        <source>(no caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="292"/>
        <source>Photo {number}: {caption}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="295"/>
        <source>File {name}, {width} × {height} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/seizure_report_sections.py" line="298"/>
        <source>Taken {when} (camera time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="126"/>
        <source>item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="127"/>
        <source>person {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="128"/>
        <source>tracing of item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="129"/>
        <source>follow-up entry {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="130"/>
        <source>evidence step {number} ({step}, item {item})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="133"/>
        <source>package {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="134"/>
        <source>custody entry {seq} of package {package}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="136"/>
        <source>photo {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="146"/>
        <source>case: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="155"/>
        <source>{what} was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="158"/>
        <source>{what} was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="182"/>
        <source>{field} was {old}, is now {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="188"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="190"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/snapshot.py" line="194"/>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="90"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="129"/>
        <location filename="../../borderdesk/reports/trace_packet.py" line="136"/>
        <source>Firearm trace request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="91"/>
        <source>For an INTERPOL iARMS query or a bilateral trace request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="92"/>
        <source>Ready to send: every trace requirement is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="93"/>
        <source>NOT READY: the trace requirements below are missing; record them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="95"/>
        <source>Requesting service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="97"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="98"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="101"/>
        <source>The firearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="108"/>
        <source>Serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="109"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="109"/>
        <source>Where the serial sits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="118"/>
        <source>Trace requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="119"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="119"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="125"/>
        <source>Photos of the item (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="126"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="126"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="130"/>
        <source>Case {number}, item {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="133"/>
        <source>Printed {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="147"/>
        <source>read it from the item, or record it as not present or obliterated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="155"/>
        <source>every marking photographed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="168"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="169"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="170"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="172"/>
        <source>Country of manufacture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="173"/>
        <source>Barrel length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/reports/trace_packet.py" line="174"/>
        <source>EU category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../borderdesk/services/reports.py" line="285"/>
        <source>Evidence labels of case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="12"/>
        <source>Evidence preservation and chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="17"/>
        <source>Stop and secure the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="24"/>
        <source>Time of discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="28"/>
        <source>Place (lane, bay, vehicle part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="32"/>
        <source>Officers present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="36"/>
        <source>Other persons present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="39"/>
        <source>Vehicle, trailer, container or parcel ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="43"/>
        <source>Treat as loaded; call a qualified person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="50"/>
        <source>Qualified person called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="54"/>
        <source>Qualification and unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="58"/>
        <source>Time requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="62"/>
        <source>Time arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="66"/>
        <source>Photograph in place before anything moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="74"/>
        <source>Views taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="78"/>
        <source>Wide (the whole scene)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="80"/>
        <source>Middle (the item where it lies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="82"/>
        <source>Close-up with a scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="85"/>
        <source>Photographer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="88"/>
        <source>Number of photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="94"/>
        <source>Record the condition before making safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="102"/>
        <source>Loaded as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="106"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="160"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="206"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="429"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="108"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="162"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="208"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="431"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="110"/>
        <source>Cannot tell without handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="113"/>
        <source>Round in the chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="117"/>
        <source>Hammer or striker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="120"/>
        <source>Cocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="122"/>
        <source>Down (not cocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="124"/>
        <source>Not visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="127"/>
        <source>Manual safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="130"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="132"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="134"/>
        <source>Has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="136"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="353"/>
        <source>Cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="139"/>
        <source>Magazine inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="143"/>
        <source>Revolver cylinder as found (chambers loaded, fired cases, position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="146"/>
        <source>Other observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="150"/>
        <source>Gloves and minimal handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="156"/>
        <source>Gloves worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="165"/>
        <source>Everyone who handled the items (elimination list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="169"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="255"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="434"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="173"/>
        <source>Made safe by the qualified person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="181"/>
        <source>Made safe by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="185"/>
        <source>Rounds removed from the chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="191"/>
        <source>Rounds removed from the magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="197"/>
        <source>Rounds removed from the cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="203"/>
        <source>Rounds packed separately and tied to the firearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="210"/>
        <source>There were no rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="214"/>
        <source>Identify from the item itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="221"/>
        <source>The identification record (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="225"/>
        <source>Photos of markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="231"/>
        <source>Forensic requests before packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="237"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="241"/>
        <source>Fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="243"/>
        <source>DNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="245"/>
        <source>Ballistics (IBIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="247"/>
        <source>Serial number restoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="249"/>
        <source>None needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="252"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="490"/>
        <source>Laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="259"/>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="268"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="288"/>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="306"/>
        <source>Package id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="272"/>
        <source>Kind of package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="279"/>
        <source>Seal and label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="297"/>
        <source>Chain of custody from the first minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="310"/>
        <source>First received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="315"/>
        <source>Storage and transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="322"/>
        <source>Storage place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="326"/>
        <source>Who has access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="330"/>
        <source>Transport (vehicle, escort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="334"/>
        <source>Digital items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="341"/>
        <source>Item (phone, GPS unit...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="345"/>
        <source>State found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="349"/>
        <source>Switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="351"/>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="356"/>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="359"/>
        <source>Faraday bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="361"/>
        <source>Airplane mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="363"/>
        <source>Not isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="366"/>
        <source>Handed to (digital-evidence first responder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="370"/>
        <source>Notify and hand over to the investigator or prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="377"/>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="381"/>
        <source>Investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="383"/>
        <source>Prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="385"/>
        <source>Investigator and prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="392"/>
        <source>Checks started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="395"/>
        <source>National registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="397"/>
        <source>INTERPOL iARMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="399"/>
        <source>Trace request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="403"/>
        <source>Feed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="409"/>
        <source>How it was detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="413"/>
        <source>Risk rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="415"/>
        <source>Random selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="417"/>
        <source>Intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="419"/>
        <source>X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="421"/>
        <source>Dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="423"/>
        <source>Manual search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="426"/>
        <source>Watch lists or profiles updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="476"/>
        <source>Magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="478"/>
        <source>Parts and components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="480"/>
        <source>Original wrapping or parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="482"/>
        <source>Digital item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="484"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="488"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="492"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="494"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="496"/>
        <source>Return to the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/checklists/evidence-steps.yaml" line="499"/>
        <source>Final disposal (destruction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reports/documents.yaml" line="13"/>
        <source>Customs Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reports/documents.yaml" line="14"/>
        <source>Customs Administration of the Republic of Serbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reports/documents.yaml" line="15"/>
        <source>Customs Administration of Montenegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reports/documents.yaml" line="16"/>
        <source>Indirect Taxation Authority of Bosnia and Herzegovina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reports/documents.yaml" line="17"/>
        <source>Customs Administration of the Republic of North Macedonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reports/documents.yaml" line="18"/>
        <source>General Directorate of Customs of Albania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reports/documents.yaml" line="19"/>
        <source>Kosovo Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../resources/reports/documents.yaml" line="20"/>
        <source>Customs Administration of the Republic of Croatia</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
