<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>cw::config</name>
    <message>
        <source>unknown setting; known settings are: %1</source>
        <translation>gosodiad anhysbys; y gosodiadau hysbys yw: %1</translation>
    </message>
    <message>
        <source>required setting is missing; set it in one of: %1</source>
        <translation>mae gosodiad gofynnol ar goll; gosodwch ef yn un o&apos;r rhain: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 KB; is it the right file?</source>
        <translation>mae&apos;r ffeil yn fwy na %1 KB; ai dyma&apos;r ffeil gywir?</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>nid yw&apos;r ffeil yn destun UTF-8 dilys</translation>
    </message>
    <message>
        <source>sections such as %1 are not used; write key=value lines at the top level</source>
        <translation>nid yw adrannau fel %1 yn cael eu defnyddio; ysgrifennwch linellau key=value ar y lefel uchaf</translation>
    </message>
    <message>
        <source>expected key=value, found &quot;%1&quot;</source>
        <translation>roedd disgwyl key=value, ond cafwyd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a valid setting name (lower-case letters, digits and _)</source>
        <translation>nid yw&apos;n enw gosodiad dilys (llythrennau bach, digidau a _)</translation>
    </message>
    <message>
        <source>is set more than once in this file</source>
        <translation>wedi&apos;i osod fwy nag unwaith yn y ffeil hon</translation>
    </message>
    <message>
        <source>the file exists but cannot be read: %1</source>
        <translation>mae&apos;r ffeil yn bodoli ond nid oes modd ei darllen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL; expected for example https://fhir.example.nhs.uk/R4</source>
        <translation>nid yw &quot;%1&quot; yn URL dilys; roedd disgwyl, er enghraifft, https://fhir.example.nhs.uk/R4</translation>
    </message>
    <message>
        <source>the URL must not contain a user name or password</source>
        <translation>ni ddylai&apos;r URL gynnwys enw defnyddiwr na chyfrinair</translation>
    </message>
    <message>
        <source>the URL must not contain a fragment (#…)</source>
        <translation>ni ddylai&apos;r URL gynnwys darn (#…)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https:// (plain http:// is allowed only for this machine: 127.0.0.1, ::1 or localhost)</source>
        <translation>rhaid i &quot;%1&quot; ddefnyddio https:// (dim ond ar gyfer y peiriant hwn y caniateir http:// plaen: 127.0.0.1, ::1 neu localhost)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an https:// URL</source>
        <translation>rhaid i &quot;%1&quot; fod yn URL https://</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ni ddylai fod yn wag</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>mae&apos;n hwy na %1 nod</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>mae&apos;n cynnwys nod rheoli</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>nid yw &quot;%1&quot; yn un o&apos;r rhain: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>nid yw &quot;%1&quot; yn rhif cyfan o %2 i %3</translation>
    </message>
</context>
<context>
    <name>cw::shell::PatientBannerArea</name>
    <message>
        <source>No patient selected</source>
        <translation>Dim claf wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>%1    NHS No. %2</source>
        <translation>%1    Rhif GIG %2</translation>
    </message>
</context>
<context>
    <name>cw::shell::ShellStatusBar</name>
    <message>
        <source>Not signed in</source>
        <translation>Heb fewngofnodi</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (wedi&apos;i chloi)</translation>
    </message>
    <message>
        <source>Server: not checked yet</source>
        <translation>Gweinydd: heb ei wirio eto</translation>
    </message>
    <message>
        <source>Server: online</source>
        <translation>Gweinydd: ar-lein</translation>
    </message>
    <message>
        <source>Server: OFFLINE</source>
        <translation>Gweinydd: ALL-LEIN</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Cysoni: heb ei sefydlu</translation>
    </message>
    <message>
        <source>Sync: idle</source>
        <translation>Cysoni: segur</translation>
    </message>
    <message>
        <source>Sync: in progress</source>
        <translation>Cysoni: ar waith</translation>
    </message>
    <message>
        <source>Sync: FAILED</source>
        <translation>Cysoni: WEDI METHU</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>%n newid yn aros i&apos;w llwytho i fyny</numerusform>
            <numerusform>%n newid yn aros i&apos;w lwytho i fyny</numerusform>
            <numerusform>%n newid yn aros i&apos;w llwytho i fyny</numerusform>
            <numerusform>%n newid yn aros i&apos;w llwytho i fyny</numerusform>
            <numerusform>%n newid yn aros i&apos;w llwytho i fyny</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::shell::ShellWindow</name>
    <message>
        <source>Clinical Workstation</source>
        <translation>Clinical Workstation</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Yn ôl i&apos;r sgrin mewngofnodi</translation>
    </message>
</context>
<context>
    <name>cw::shell::SignInScreen</name>
    <message>
        <source>This workstation&apos;s configuration has problems, so sign-in is disabled. Ask IT to open Workstation status.</source>
        <translation>Mae problemau gyda ffurfweddiad y weithfan hon, felly mae mewngofnodi wedi&apos;i analluogi. Gofynnwch i&apos;r tîm TG agor Statws y weithfan.</translation>
    </message>
    <message>
        <source>Clinical Workstation</source>
        <translation>Clinical Workstation</translation>
    </message>
    <message>
        <source>Smartcard sign-in is not available in this version yet.</source>
        <translation>Nid yw mewngofnodi â cherdyn clyfar ar gael yn y fersiwn hon eto.</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Gweithfan wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>%1 is signed in. Insert your smartcard and enter your PIN to unlock.
Patient information is hidden while the workstation is locked.</source>
        <translation>Mae %1 wedi mewngofnodi. Rhowch eich cerdyn clyfar yn y darllenydd a rhowch eich PIN i ddatgloi.
Mae gwybodaeth cleifion wedi&apos;i chuddio tra bo&apos;r weithfan wedi&apos;i chloi.</translation>
    </message>
</context>
<context>
    <name>cw::status::EffectiveConfigModel</name>
    <message>
        <source>Policy (%1)</source>
        <translation>Polisi (%1)</translation>
    </message>
    <message>
        <source>Machine configuration (%1)</source>
        <translation>Ffurfweddiad y peiriant (%1)</translation>
    </message>
    <message>
        <source>User configuration (%1)</source>
        <translation>Ffurfweddiad y defnyddiwr (%1)</translation>
    </message>
    <message>
        <source>Built-in default</source>
        <translation>Rhagosodiad adeiledig</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Gosodiad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Gosodwyd gan</translation>
    </message>
</context>
<context>
    <name>cw::status::StatusChecks</name>
    <message>
        <source>FHIR server</source>
        <translation>Gweinydd FHIR</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Darparwr hunaniaeth</translation>
    </message>
</context>
<context>
    <name>cw::status::StatusView</name>
    <message>
        <source>Workstation status</source>
        <translation>Statws y weithfan</translation>
    </message>
    <message>
        <source>%1: not configured</source>
        <translation>%1: heb ei ffurfweddu</translation>
    </message>
    <message>
        <source>%1: checking %2 …</source>
        <translation>%1: yn gwirio %2 …</translation>
    </message>
    <message>
        <source>%1: reachable (HTTP %2 in %3 ms) at %4</source>
        <translation>%1: ar gael (HTTP %2 mewn %3 ms) yn %4</translation>
    </message>
    <message>
        <source>%1: NOT reachable at %2 — %3</source>
        <translation>%1: DIM ar gael yn %2 — %3</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Clinical Workstation %1 (build %2), Qt %3</source>
        <translation>Clinical Workstation %1 (adeiladwaith %2), Qt %3</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Ffurfweddiad</translation>
    </message>
    <message>
        <source>The configuration has problems; sign-in stays disabled until they are fixed:</source>
        <translation>Mae problemau gyda&apos;r ffurfweddiad; bydd mewngofnodi&apos;n parhau wedi&apos;i analluogi nes iddynt gael eu datrys:</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Darllenwyr cardiau</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Pwyntiau terfyn</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Gwirio eto</translation>
    </message>
    <message>
        <source>Checking card readers …</source>
        <translation>Yn gwirio darllenwyr cardiau …</translation>
    </message>
    <message>
        <source>Card service unavailable: %1 Smartcard sign-in will not work until the PC/SC service (pcscd) is running.</source>
        <translation>Nid yw&apos;r gwasanaeth cardiau ar gael: %1 Ni fydd mewngofnodi â cherdyn clyfar yn gweithio nes bod y gwasanaeth PC/SC (pcscd) yn rhedeg.</translation>
    </message>
    <message>
        <source>No card readers found. Connect a smartcard reader.</source>
        <translation>Ni chanfuwyd unrhyw ddarllenwyr cardiau. Cysylltwch ddarllenydd cardiau clyfar.</translation>
    </message>
</context>
<context>
    <name>cw::sync</name>
    <message>
        <source>FHIR server not reachable: %1</source>
        <translation>Nid oes modd cyrraedd y gweinydd FHIR: %1</translation>
    </message>
</context>
</TS>
