<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>cw::config</name>
    <message>
        <source>unknown setting; known settings are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required setting is missing; set it in one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 KB; is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections such as %1 are not used; write key=value lines at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected key=value, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid setting name (lower-case letters, digits and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is set more than once in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exists but cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL; expected for example https://fhir.example.nhs.uk/R4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL must not contain a fragment (#…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https:// (plain http:// is allowed only for this machine: 127.0.0.1, ::1 or localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell::PatientBannerArea</name>
    <message>
        <source>No patient selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    NHS No. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell::ShellStatusBar</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>%n change waiting to upload</numerusform>
            <numerusform>%n changes waiting to upload</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::shell::ShellWindow</name>
    <message>
        <source>Clinical Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell::SignInScreen</name>
    <message>
        <source>This workstation&apos;s configuration has problems, so sign-in is disabled. Ask IT to open Workstation status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcard sign-in is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in. Insert your smartcard and enter your PIN to unlock.
Patient information is hidden while the workstation is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::status::EffectiveConfigModel</name>
    <message>
        <source>Policy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine configuration (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User configuration (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::status::StatusChecks</name>
    <message>
        <source>FHIR server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::status::StatusView</name>
    <message>
        <source>Workstation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reachable (HTTP %2 in %3 ms) at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NOT reachable at %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical Workstation %1 (build %2), Qt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration has problems; sign-in stays disabled until they are fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking card readers …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card readers found. Connect a smartcard reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card service unavailable: %1 Smartcard sign-in will not work until the PC/SC service (pcscd) is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::sync</name>
    <message>
        <source>FHIR server not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
