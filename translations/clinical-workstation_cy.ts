<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>cw::changes</name>
    <message>
        <source>Refused with no explanation (code: %1).</source>
        <translation>Gwrthodwyd heb esboniad (cod: %1).</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Ni roddodd y gweinydd reswm.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Wedi newid</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>Not in a patient&apos;s record</source>
        <translation>Nid yw mewn cofnod claf</translation>
    </message>
    <message>
        <source>Patient not in this cache</source>
        <translation>Nid yw&apos;r claf yn y storfa hon</translation>
    </message>
</context>
<context>
    <name>cw::changes::ChangesView</name>
    <message>
        <source>Changes not sent</source>
        <translation>Newidiadau heb eu hanfon</translation>
    </message>
    <message>
        <source>Changes not sent cannot be shown: this workstation&apos;s encrypted cache could not be opened. Ask IT to check the Workstation status page.</source>
        <translation>Ni ellir dangos newidiadau heb eu hanfon: ni ellid agor storfa wedi&apos;i hamgryptio&apos;r weithfan hon. Gofynnwch i TG wirio tudalen statws y Weithfan.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Gwrthdrawiadau (%1)</translation>
    </message>
    <message>
        <source>Could not send (%1)</source>
        <translation>Methu anfon (%1)</translation>
    </message>
</context>
<context>
    <name>cw::changes::ConflictsPanel</name>
    <message>
        <source>Resolve conflict</source>
        <translation>Datrys gwrthdrawiad</translation>
    </message>
    <message>
        <source>The server&apos;s copy changed while a change made here was waiting to be sent. Nothing has been overwritten: compare both versions and choose which to keep.</source>
        <translation>Newidiodd copi&apos;r gweinydd tra oedd newid a wnaed yma yn aros i&apos;w anfon. Nid oes dim wedi&apos;i drosysgrifo: cymharwch y ddwy fersiwn a dewiswch pa un i&apos;w chadw.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Canfuwyd</translation>
    </message>
    <message>
        <source>On this workstation</source>
        <translation>Ar y weithfan hon</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Ar y gweinydd</translation>
    </message>
    <message>
        <source>Keep mine (send my version)</source>
        <translation>Cadw fy un i (anfon fy fersiwn)</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Cymryd fersiwn y gweinydd</translation>
    </message>
    <message>
        <source>No conflicts: nothing is waiting for a decision.</source>
        <translation>Dim gwrthdrawiadau: does dim yn aros am benderfyniad.</translation>
    </message>
    <message>
        <source>Deleted here; the server has changed it since.</source>
        <translation>Wedi&apos;i ddileu yma; mae&apos;r gweinydd wedi&apos;i newid ers hynny.</translation>
    </message>
    <message>
        <source>Deleted on the server; it was changed here.</source>
        <translation>Wedi&apos;i ddileu ar y gweinydd; cafodd ei newid yma.</translation>
    </message>
    <message>
        <source>The two versions hold the same content; only their version numbers differ.</source>
        <translation>Mae gan y ddwy fersiwn yr un cynnwys; dim ond eu rhifau fersiwn sy&apos;n wahanol.</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>Yn wahanol yn: %1</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Wedi&apos;i ddileu yma</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>Wedi&apos;i ddileu ar y gweinydd</translation>
    </message>
    <message>
        <source>Keep the version on this workstation of %1 and send it? The server&apos;s version will be replaced.</source>
        <translation>Cadw fersiwn y weithfan hon o %1 a&apos;i hanfon? Bydd fersiwn y gweinydd yn cael ei disodli.</translation>
    </message>
    <message>
        <source>Take the server&apos;s version of %1? The change made on this workstation will be discarded.</source>
        <translation>Cymryd fersiwn y gweinydd o %1? Bydd y newid a wnaed ar y weithfan hon yn cael ei daflu.</translation>
    </message>
    <message>
        <source>Kept your version of %1: it will be sent.</source>
        <translation>Cadwyd eich fersiwn o %1: caiff ei hanfon.</translation>
    </message>
    <message>
        <source>Took the server&apos;s version of %1.</source>
        <translation>Cymerwyd fersiwn y gweinydd o %1.</translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation>Methu datrys y gwrthdrawiad: %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Claf</translation>
    </message>
</context>
<context>
    <name>cw::changes::ParkedPanel</name>
    <message>
        <source>The server refused these changes. They are kept here and hold nothing else back; what the server said tells you what to correct.</source>
        <translation>Gwrthododd y gweinydd y newidiadau hyn. Cânt eu cadw yma ac nid ydynt yn dal dim arall yn ôl; mae&apos;r hyn a ddywedodd y gweinydd yn dweud wrthych beth i&apos;w gywiro.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation>Beth ddywedodd y gweinydd</translation>
    </message>
    <message>
        <source>No changes were refused by the server.</source>
        <translation>Ni wrthododd y gweinydd unrhyw newidiadau.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Dileu&apos;r newid</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Anfon eto</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Dileu fy newid</translation>
    </message>
    <message>
        <source>%1 will be sent again at the next sync. If the server refuses it again, it comes back to this list.</source>
        <translation>Bydd %1 yn cael ei anfon eto yn y cysoniad nesaf. Os bydd y gweinydd yn ei wrthod eto, daw yn ôl i&apos;r rhestr hon.</translation>
    </message>
    <message>
        <source>Could not send the change again: %1</source>
        <translation>Methu anfon y newid eto: %1</translation>
    </message>
    <message>
        <source>Discard the new record %1? It has not reached the server and will be lost: it will not be sent and cannot be brought back.</source>
        <translation>Dileu&apos;r cofnod newydd %1? Nid yw wedi cyrraedd y gweinydd a bydd yn cael ei golli: ni fydd yn cael ei anfon ac ni ellir dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Discard your change to %1? It has not reached the server and will be lost: it will not be sent, and the record goes back to the server&apos;s version.</source>
        <translation>Dileu eich newid i %1? Nid yw wedi cyrraedd y gweinydd a bydd yn cael ei golli: ni fydd yn cael ei anfon, ac mae&apos;r cofnod yn mynd yn ôl i fersiwn y gweinydd.</translation>
    </message>
    <message>
        <source>Your change to %1 was discarded; it will not be sent.</source>
        <translation>Dilëwyd eich newid i %1; ni fydd yn cael ei anfon.</translation>
    </message>
    <message>
        <source>Could not discard the change: %1</source>
        <translation>Methu dileu&apos;r newid: %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Claf</translation>
    </message>
</context>
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
    <message>
        <source>&quot;%1&quot; is not a range such as %2-%3: two numbers from %2 to %3 (at most %4 decimal places), the lower first</source>
        <translation>nid yw &quot;%1&quot; yn ystod fel %2-%3: dau rif o %2 i %3 (hyd at %4 lle degol), yr isaf yn gyntaf</translation>
    </message>
</context>
<context>
    <name>cw::identity</name>
    <message>
        <source>The sign-in came back to an unexpected address, so it was not accepted.</source>
        <translation>Daeth y mewngofnodi yn ôl i gyfeiriad annisgwyl, felly ni chafodd ei dderbyn.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation>Nid yw&apos;r ateb mewngofnodi yn perthyn i&apos;r mewngofnodi hwn (nid yw&apos;r gwerth state yn cyfateb). Dechreuwch y mewngofnodi eto.</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in: %1</source>
        <translation>Ni wnaeth y darparwr hunaniaeth eich mewngofnodi: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer carries no authorization code.</source>
        <translation>Nid yw ateb y darparwr hunaniaeth yn cynnwys cod awdurdodi.</translation>
    </message>
    <message>
        <source>The sign-in token is signed with a key the identity provider does not publish.</source>
        <translation>Mae&apos;r tocyn mewngofnodi wedi&apos;i lofnodi ag allwedd nad yw&apos;r darparwr hunaniaeth yn ei chyhoeddi.</translation>
    </message>
    <message>
        <source>The sign-in token lacks the &quot;%1&quot; claim or it is not valid.</source>
        <translation>Nid yw&apos;r hawliad &quot;%1&quot; yn y tocyn mewngofnodi, neu nid yw&apos;n ddilys.</translation>
    </message>
    <message>
        <source>The sign-in token is signed with an algorithm this workstation does not accept. Only RS256, RS512 and ES256 are accepted.</source>
        <translation>Mae&apos;r tocyn mewngofnodi wedi&apos;i lofnodi ag algorithm nad yw&apos;r weithfan hon yn ei dderbyn. Dim ond RS256, RS512 ac ES256 sy&apos;n cael eu derbyn.</translation>
    </message>
    <message>
        <source>request for its signing keys</source>
        <translation>cais am ei allweddi llofnodi</translation>
    </message>
    <message>
        <source>The identity provider&apos;s signing keys could not be read.</source>
        <translation>Nid oedd modd darllen allweddi llofnodi&apos;r darparwr hunaniaeth.</translation>
    </message>
    <message>
        <source>The sign-in token names a signing algorithm that does not fit its key.</source>
        <translation>Mae&apos;r tocyn mewngofnodi yn enwi algorithm llofnodi nad yw&apos;n cyd-fynd â&apos;i allwedd.</translation>
    </message>
    <message>
        <source>The sign-in token&apos;s signature is not valid.</source>
        <translation>Nid yw llofnod y tocyn mewngofnodi yn ddilys.</translation>
    </message>
    <message>
        <source>The sign-in token was issued by another identity provider than the one configured.</source>
        <translation>Cafodd y tocyn mewngofnodi ei gyhoeddi gan ddarparwr hunaniaeth gwahanol i&apos;r un sydd wedi&apos;i ffurfweddu.</translation>
    </message>
    <message>
        <source>The sign-in token was issued for another application.</source>
        <translation>Cafodd y tocyn mewngofnodi ei gyhoeddi ar gyfer rhaglen arall.</translation>
    </message>
    <message>
        <source>The sign-in token was issued to another application (azp).</source>
        <translation>Cafodd y tocyn mewngofnodi ei gyhoeddi i raglen arall (azp).</translation>
    </message>
    <message>
        <source>The sign-in token has expired. Check that this computer&apos;s clock is right, then sign in again.</source>
        <translation>Mae&apos;r tocyn mewngofnodi wedi dod i ben. Gwiriwch fod cloc y cyfrifiadur hwn yn gywir, yna mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The sign-in token was issued in the future. Check that this computer&apos;s clock is right, then sign in again.</source>
        <translation>Cafodd y tocyn mewngofnodi ei gyhoeddi yn y dyfodol. Gwiriwch fod cloc y cyfrifiadur hwn yn gywir, yna mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The sign-in token does not carry the request&apos;s nonce.</source>
        <translation>Nid yw&apos;r tocyn mewngofnodi yn cynnwys nonce y cais.</translation>
    </message>
    <message>
        <source>The sign-in token was not issued for this sign-in (nonce mismatch).</source>
        <translation>Ni chafodd y tocyn mewngofnodi ei gyhoeddi ar gyfer y mewngofnodi hwn (nid yw&apos;r nonce yn cyfateb).</translation>
    </message>
    <message>
        <source>The sign-in token is malformed: %1</source>
        <translation>Mae&apos;r tocyn mewngofnodi yn gamffurfiedig: %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>mae&apos;n wag.</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes.</source>
        <translation>mae&apos;n fwy na %1 beit.</translation>
    </message>
    <message>
        <source>it does not have exactly three parts.</source>
        <translation>nid oes ganddo union dair rhan.</translation>
    </message>
    <message>
        <source>its header or payload is empty.</source>
        <translation>mae ei bennawd neu ei lwyth data yn wag.</translation>
    </message>
    <message>
        <source>a part is not unpadded base64url.</source>
        <translation>nid yw un o&apos;r rhannau yn base64url heb badio.</translation>
    </message>
    <message>
        <source>its header is not a JSON object.</source>
        <translation>nid yw ei bennawd yn wrthrych JSON.</translation>
    </message>
    <message>
        <source>its header names no algorithm.</source>
        <translation>nid yw ei bennawd yn enwi algorithm.</translation>
    </message>
    <message>
        <source>its header names no key.</source>
        <translation>nid yw ei bennawd yn enwi allwedd.</translation>
    </message>
    <message>
        <source>its header demands extensions this workstation does not support.</source>
        <translation>mae ei bennawd yn mynnu estyniadau nad yw&apos;r weithfan hon yn eu cefnogi.</translation>
    </message>
    <message>
        <source>its payload is not a JSON object.</source>
        <translation>nid yw ei lwyth data yn wrthrych JSON.</translation>
    </message>
    <message>
        <source>The identity provider has not been contacted yet, or offers no such service.</source>
        <translation>Nid oes cysylltiad wedi&apos;i wneud â&apos;r darparwr hunaniaeth eto, neu nid yw&apos;n cynnig gwasanaeth o&apos;r fath.</translation>
    </message>
    <message>
        <source>discovery request</source>
        <translation>cais darganfod</translation>
    </message>
    <message>
        <source>token request</source>
        <translation>cais am docyn</translation>
    </message>
    <message>
        <source>token refresh</source>
        <translation>cais i adnewyddu&apos;r tocyn</translation>
    </message>
    <message>
        <source>user information request</source>
        <translation>cais am wybodaeth y defnyddiwr</translation>
    </message>
    <message>
        <source>The identity provider&apos;s user information could not be read.</source>
        <translation>Nid oedd modd darllen y wybodaeth defnyddiwr gan y darparwr hunaniaeth.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s user information is about another user than the sign-in token.</source>
        <translation>Mae&apos;r wybodaeth defnyddiwr gan y darparwr hunaniaeth yn ymwneud â defnyddiwr gwahanol i&apos;r un yn y tocyn mewngofnodi.</translation>
    </message>
    <message>
        <source>sign-out request</source>
        <translation>cais allgofnodi</translation>
    </message>
    <message>
        <source>The identity provider&apos;s discovery document is not usable: %1</source>
        <translation>Nid oes modd defnyddio dogfen ddarganfod y darparwr hunaniaeth: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>nid yw&apos;n wrthrych JSON.</translation>
    </message>
    <message>
        <source>The identity provider calls itself by another name than the configured issuer, so it cannot be trusted. Check the sign-on settings.</source>
        <translation>Mae&apos;r darparwr hunaniaeth yn galw ei hun wrth enw gwahanol i&apos;r cyhoeddwr sydd wedi&apos;i ffurfweddu, felly nid oes modd ymddiried ynddo. Gwiriwch y gosodiadau mewngofnodi.</translation>
    </message>
    <message>
        <source>the authorization, token or key set address is missing or not allowed.</source>
        <translation>mae cyfeiriad yr awdurdodi, y tocyn neu&apos;r set allweddi ar goll neu nid yw&apos;n cael ei ganiatáu.</translation>
    </message>
    <message>
        <source>The identity provider does not offer PKCE with S256, which this workstation requires.</source>
        <translation>Nid yw&apos;r darparwr hunaniaeth yn cynnig PKCE gydag S256, sy&apos;n ofynnol gan y weithfan hon.</translation>
    </message>
    <message>
        <source>The request to the identity provider was cancelled.</source>
        <translation>Cafodd y cais i&apos;r darparwr hunaniaeth ei ganslo.</translation>
    </message>
    <message>
        <source>The identity provider did not answer the %1 in time. Try again; if it keeps happening, tell the service desk.</source>
        <translation>Ni atebodd y darparwr hunaniaeth y %1 mewn pryd. Rhowch gynnig arall arni; os yw&apos;n dal i ddigwydd, rhowch wybod i&apos;r ddesg wasanaeth.</translation>
    </message>
    <message>
        <source>The identity provider could not be reached for the %1: %2</source>
        <translation>Nid oedd modd cyrraedd y darparwr hunaniaeth ar gyfer y %1: %2</translation>
    </message>
    <message>
        <source>The identity provider had a problem with the %1 (HTTP %2). Try again in a few minutes.</source>
        <translation>Cafodd y darparwr hunaniaeth broblem gyda&apos;r %1 (HTTP %2). Rhowch gynnig arall arni ymhen ychydig funudau.</translation>
    </message>
    <message>
        <source>HTTP %1 without an explanation</source>
        <translation>HTTP %1 heb esboniad</translation>
    </message>
    <message>
        <source>The identity provider refused the %1 (%2).</source>
        <translation>Gwrthododd y darparwr hunaniaeth y %1 (%2).</translation>
    </message>
    <message>
        <source>The identity provider did not answer in time</source>
        <translation>Ni atebodd y darparwr hunaniaeth mewn pryd</translation>
    </message>
    <message>
        <source>Check the network connection, then take your card out and put it back to try again.</source>
        <translation>Gwiriwch y cysylltiad rhwydwaith, yna tynnwch eich cerdyn allan a&apos;i roi yn ôl i roi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The smartcard service is not running, so cards cannot be read. It is being restarted; if this message stays, tell IT.</source>
        <translation>Nid yw&apos;r gwasanaeth cardiau clyfar yn rhedeg, felly nid oes modd darllen cardiau. Mae&apos;n cael ei ailgychwyn; os yw&apos;r neges hon yn aros, rhowch wybod i&apos;r tîm TG.</translation>
    </message>
    <message>
        <source>This card could not be read</source>
        <translation>Nid oedd modd darllen y cerdyn hwn</translation>
    </message>
    <message>
        <source>This card cannot be used to sign in</source>
        <translation>Nid oes modd defnyddio&apos;r cerdyn hwn i fewngofnodi</translation>
    </message>
    <message>
        <source>Checking your card…</source>
        <translation>Yn gwirio eich cerdyn…</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Nid yw&apos;r PIN hwnnw&apos;n gywir.</translation>
    </message>
    <message>
        <source>Your card could not be checked</source>
        <translation>Nid oedd modd gwirio eich cerdyn</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Yn mewngofnodi…</translation>
    </message>
    <message>
        <source>Sign-in is not available</source>
        <translation>Nid yw mewngofnodi ar gael</translation>
    </message>
    <message>
        <source>Take your card out and put it back to try again; if this keeps happening, tell IT.</source>
        <translation>Tynnwch eich cerdyn allan a&apos;i roi yn ôl i roi cynnig arall arni; os yw hyn yn dal i ddigwydd, rhowch wybod i&apos;r tîm TG.</translation>
    </message>
    <message>
        <source>Sign-in did not finish</source>
        <translation>Ni orffennodd y mewngofnodi</translation>
    </message>
    <message>
        <source>The card signs only while you are signing in.</source>
        <translation>Dim ond tra byddwch yn mewngofnodi y mae&apos;r cerdyn yn llofnodi.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Methodd y mewngofnodi</translation>
    </message>
    <message>
        <source>Sign-in cancelled. To try again, take your card out and put it back.</source>
        <translation>Cafodd y mewngofnodi ei ganslo. I roi cynnig arall arni, tynnwch eich cerdyn allan a&apos;i roi yn ôl.</translation>
    </message>
    <message>
        <source>You are signed out. Take your card out of the reader.</source>
        <translation>Rydych wedi allgofnodi. Tynnwch eich cerdyn allan o&apos;r darllenydd.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token answer lacks an access token of type Bearer or an ID token.</source>
        <translation>Nid yw ateb y darparwr hunaniaeth i&apos;r cais am docyn yn cynnwys tocyn mynediad o&apos;r math Bearer na thocyn ID.</translation>
    </message>
    <message>
        <source>No card reader is connected. Check that the reader is plugged in; if it is, tell IT.</source>
        <translation>Nid oes darllenydd cardiau wedi&apos;i gysylltu. Gwiriwch fod y darllenydd wedi&apos;i blygio i mewn; os ydyw, rhowch wybod i TG.</translation>
    </message>
</context>
<context>
    <name>cw::observations</name>
    <message>
        <source>%1/min</source>
        <translation>%1/mun</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 %2 is outside the plausible range %3 to %4: treat it as a typing error until it is confirmed. Check it, and confirm it if it is right.</source>
        <translation>Mae %1 %2 y tu allan i&apos;r ystod gredadwy %3 i %4: ystyriwch ei fod yn wall teipio nes iddo gael ei gadarnhau. Gwiriwch ef, a&apos;i gadarnhau os yw&apos;n gywir.</translation>
    </message>
    <message>
        <source>Respiration rate</source>
        <translation>Cyfradd resbiradu</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Air or oxygen</source>
        <translation>Aer neu ocsigen</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Pwysedd gwaed systolig</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pwls</translation>
    </message>
    <message>
        <source>Consciousness (ACVPU)</source>
        <translation>Ymwybyddiaeth (ACVPU)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Tymheredd</translation>
    </message>
    <message>
        <source>%1 not recorded: the set is incomplete, so there is no NEWS2 total.</source>
        <translation>%1 heb ei gofnodi: mae&apos;r set yn anghyflawn, felly nid oes cyfanswm NEWS2.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Low–medium</source>
        <translation>Isel–canolig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>At least every 12 hours</source>
        <translation>O leiaf bob 12 awr</translation>
    </message>
    <message>
        <source>At least every 4–6 hours</source>
        <translation>O leiaf bob 4–6 awr</translation>
    </message>
    <message>
        <source>At least every hour</source>
        <translation>O leiaf bob awr</translation>
    </message>
    <message>
        <source>Continuous monitoring of vital signs</source>
        <translation>Monitro arwyddion hanfodol yn barhaus</translation>
    </message>
    <message>
        <source>Continue routine NEWS monitoring.</source>
        <translation>Parhau â monitro NEWS arferol.</translation>
    </message>
    <message>
        <source>Inform a registered nurse, who must assess the patient and decide whether monitoring should be more frequent or care escalated.</source>
        <translation>Rhowch wybod i nyrs gofrestredig, sy&apos;n gorfod asesu&apos;r claf a phenderfynu a ddylid monitro&apos;n amlach neu uwchgyfeirio gofal.</translation>
    </message>
    <message>
        <source>A single parameter scored 3: the registered nurse informs the medical team caring for the patient, who review and decide whether to escalate care (urgent ward-based response).</source>
        <translation>Sgoriodd un paramedr 3: mae&apos;r nyrs gofrestredig yn rhoi gwybod i&apos;r tîm meddygol sy&apos;n gofalu am y claf, sy&apos;n adolygu ac yn penderfynu a ddylid uwchgyfeirio gofal (ymateb brys ar y ward).</translation>
    </message>
    <message>
        <source>Urgent response: the registered nurse informs the medical team caring for the patient at once. Urgent assessment by a clinician or team competent in the assessment of acutely ill patients; care in a setting with monitoring facilities.</source>
        <translation>Ymateb brys: mae&apos;r nyrs gofrestredig yn rhoi gwybod ar unwaith i&apos;r tîm meddygol sy&apos;n gofalu am y claf. Asesiad brys gan glinigydd neu dîm sy&apos;n gymwys i asesu cleifion acíwt wael; gofal mewn lleoliad â chyfleusterau monitro.</translation>
    </message>
    <message>
        <source>Emergency response: the registered nurse informs the medical team caring for the patient at once, at least at specialist registrar level. Emergency assessment by a team with critical-care competencies, including advanced airway management; consider transfer to level 2 or 3 care (HDU or ICU); care in a setting with monitoring facilities.</source>
        <translation>Ymateb argyfwng: mae&apos;r nyrs gofrestredig yn rhoi gwybod ar unwaith i&apos;r tîm meddygol sy&apos;n gofalu am y claf, o leiaf ar lefel cofrestrydd arbenigol. Asesiad argyfwng gan dîm â chymwyseddau gofal critigol, gan gynnwys rheoli llwybr anadlu uwch; ystyried trosglwyddo i ofal lefel 2 neu 3 (HDU neu ICU); gofal mewn lleoliad â chyfleusterau monitro.</translation>
    </message>
    <message>
        <source>The NEWS2 set holds a %1, not an Observation.</source>
        <translation>Mae&apos;r set NEWS2 yn cynnwys %1, nid Observation.</translation>
    </message>
    <message>
        <source>An observation in the NEWS2 set has no code, so what it records is unknown.</source>
        <translation>Nid oes cod gan arsylwad yn y set NEWS2, felly ni wyddys beth y mae&apos;n ei gofnodi.</translation>
    </message>
    <message>
        <source>The NEWS2 set holds two total scores.</source>
        <translation>Mae&apos;r set NEWS2 yn cynnwys dau gyfanswm sgôr.</translation>
    </message>
    <message>
        <source>The NEWS2 total score gives SpO2 scores on both scales.</source>
        <translation>Mae cyfanswm sgôr NEWS2 yn rhoi sgorau SpO2 ar y ddwy raddfa.</translation>
    </message>
    <message>
        <source>The NEWS2 total score has no whole-number value.</source>
        <translation>Nid oes gwerth rhif cyfan gan gyfanswm sgôr NEWS2.</translation>
    </message>
    <message>
        <source>The recorded NEWS2 total does not match the chart for the observations recorded with it. Do not act on it: record the observations again.</source>
        <translation>Nid yw&apos;r cyfanswm NEWS2 a gofnodwyd yn cyfateb i&apos;r siart ar gyfer yr arsylwadau a gofnodwyd gydag ef. Peidiwch â gweithredu arno: cofnodwch yr arsylwadau eto.</translation>
    </message>
    <message>
        <source>The NEWS2 set holds two values for %1.</source>
        <translation>Mae&apos;r set NEWS2 yn cynnwys dau werth ar gyfer %1.</translation>
    </message>
    <message>
        <source>%1 is not recorded as a quantity in %2.</source>
        <translation>Nid yw %1 wedi&apos;i gofnodi fel swm yn %2.</translation>
    </message>
    <message>
        <source>%1 has no readable value.</source>
        <translation>Nid oes gwerth darllenadwy gan %1.</translation>
    </message>
    <message>
        <source>A blood pressure in the NEWS2 set has no systolic value.</source>
        <translation>Nid oes gwerth systolig gan bwysedd gwaed yn y set NEWS2.</translation>
    </message>
    <message>
        <source>The ACVPU observation has no ACVPU level.</source>
        <translation>Nid oes lefel ACVPU gan yr arsylwad ACVPU.</translation>
    </message>
    <message>
        <source>The recorded NEWS2 score for %1 does not match the chart. Do not act on it: record the observations again.</source>
        <translation>Nid yw&apos;r sgôr NEWS2 a gofnodwyd ar gyfer %1 yn cyfateb i&apos;r siart. Peidiwch â gweithredu arno: cofnodwch yr arsylwadau eto.</translation>
    </message>
    <message>
        <source>The NEWS2 total score does not list the score for %1 exactly once.</source>
        <translation>Nid yw cyfanswm sgôr NEWS2 yn rhestru&apos;r sgôr ar gyfer %1 unwaith yn union.</translation>
    </message>
    <message>
        <source>Ward medical team</source>
        <translation>Tîm meddygol y ward</translation>
    </message>
    <message>
        <source>Urgent response team</source>
        <translation>Tîm ymateb brys</translation>
    </message>
    <message>
        <source>Specialist registrar</source>
        <translation>Cofrestrydd arbenigol</translation>
    </message>
    <message>
        <source>Critical care outreach</source>
        <translation>Tîm allgymorth gofal critigol</translation>
    </message>
    <message>
        <source>NEWS2 total 0</source>
        <translation>Cyfanswm NEWS2 0</translation>
    </message>
    <message>
        <source>NEWS2 total 1–4</source>
        <translation>Cyfanswm NEWS2 1–4</translation>
    </message>
    <message>
        <source>A single NEWS2 parameter scored 3</source>
        <translation>Sgoriodd un paramedr NEWS2 3</translation>
    </message>
    <message>
        <source>NEWS2 urgent response threshold (total 5–6)</source>
        <translation>Trothwy ymateb brys NEWS2 (cyfanswm 5–6)</translation>
    </message>
    <message>
        <source>NEWS2 emergency response threshold (total 7 or more)</source>
        <translation>Trothwy ymateb argyfwng NEWS2 (cyfanswm 7 neu fwy)</translation>
    </message>
    <message>
        <source>NEWS2 total %1: %2.</source>
        <translation>Cyfanswm NEWS2 %1: %2.</translation>
    </message>
    <message>
        <source>A single parameter scored 3.</source>
        <translation>Sgoriodd un paramedr 3.</translation>
    </message>
    <message>
        <source>Escalate to %1: %2</source>
        <translation>Uwchgyfeirio i %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Say why escalation is not needed, in at least %n characters.</source>
        <translation>
            <numerusform>Dywedwch pam nad oes angen uwchgyfeirio, mewn o leiaf %n nod.</numerusform>
            <numerusform>Dywedwch pam nad oes angen uwchgyfeirio, mewn o leiaf %n nod.</numerusform>
            <numerusform>Dywedwch pam nad oes angen uwchgyfeirio, mewn o leiaf %n nod.</numerusform>
            <numerusform>Dywedwch pam nad oes angen uwchgyfeirio, mewn o leiaf %n nod.</numerusform>
            <numerusform>Dywedwch pam nad oes angen uwchgyfeirio, mewn o leiaf %n nod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalation not needed: %1</source>
        <translation>Nid oes angen uwchgyfeirio: %1</translation>
    </message>
    <message>
        <source>Nothing to save: no observation has been entered.</source>
        <translation>Dim i&apos;w gadw: nid oes arsylwad wedi&apos;i roi.</translation>
    </message>
    <message>
        <source>The time the observations were taken cannot be in the future.</source>
        <translation>Ni all yr amser y cymerwyd yr arsylwadau fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>The set was not saved completely (%1 of %2 observations were): %3</source>
        <translation>Ni chadwyd y set yn gyflawn (cadwyd %1 o %2 arsylwad): %3</translation>
    </message>
    <message>
        <source>The observations were saved but the NEWS2 total was not: %1</source>
        <translation>Cadwyd yr arsylwadau ond nid cyfanswm NEWS2: %1</translation>
    </message>
    <message>
        <source>The set was saved but the escalation was not: %1. Escalate by phone now.</source>
        <translation>Cadwyd y set ond nid yr uwchgyfeirio: %1. Uwchgyfeiriwch dros y ffôn nawr.</translation>
    </message>
    <message>
        <source>Give the clinical reason for the SpO2 scale (at least %1 characters).</source>
        <translation>Rhowch y rheswm clinigol dros raddfa SpO2 (o leiaf %1 nod).</translation>
    </message>
    <message>
        <source>SpO2 Scale 2 from here</source>
        <translation>Graddfa SpO2 2 o&apos;r fan hon</translation>
    </message>
    <message>
        <source>SpO2 Scale 1 from here</source>
        <translation>Graddfa SpO2 1 o&apos;r fan hon</translation>
    </message>
    <message>
        <source>NEWS2 chart</source>
        <translation>Siart NEWS2</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Anghyflawn</translation>
    </message>
    <message>
        <source>%1: %2 (score %3)</source>
        <translation>%1: %2 (sgôr %3)</translation>
    </message>
    <message>
        <source>%1: not recorded or not scored</source>
        <translation>%1: heb ei gofnodi na&apos;i sgorio</translation>
    </message>
    <message>
        <source>Diastolic blood pressure: %1 mmHg</source>
        <translation>Pwysedd gwaed diastolig: %1 mmHg</translation>
    </message>
    <message>
        <source>NEWS2 total: %1</source>
        <translation>Cyfanswm NEWS2: %1</translation>
    </message>
    <message>
        <source>No NEWS2 observations recorded</source>
        <translation>Dim arsylwadau NEWS2 wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>%1 on oxygen</source>
        <translation>%1 ar ocsigen</translation>
    </message>
    <message>
        <source>%1 on air</source>
        <translation>%1 ar aer</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Effro</translation>
    </message>
    <message>
        <source>New confusion</source>
        <translation>Dryswch newydd</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Llais</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Poen</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <translation>Dim ymateb</translation>
    </message>
    <message>
        <source>A</source>
        <comment>ACVPU: alert</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>C</source>
        <comment>ACVPU: new confusion</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>V</source>
        <comment>ACVPU: responds to voice</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>P</source>
        <comment>ACVPU: responds to pain</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>U</source>
        <comment>ACVPU: unresponsive</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aer</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Ocsigen</translation>
    </message>
    <message>
        <source>Respirations (per min)</source>
        <translation>Anadliadau (y funud)</translation>
    </message>
    <message>
        <source>SpO2 Scale 1 (%)</source>
        <translation>SpO2 Graddfa 1 (%)</translation>
    </message>
    <message>
        <source>SpO2 Scale 2 (%)</source>
        <translation>SpO2 Graddfa 2 (%)</translation>
    </message>
    <message>
        <source>Systolic BP (mmHg)</source>
        <translation>Pwysedd gwaed systolig (mmHg)</translation>
    </message>
    <message>
        <source>Pulse (per min)</source>
        <translation>Pwls (y funud)</translation>
    </message>
    <message>
        <source>Consciousness</source>
        <translation>Ymwybyddiaeth</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Tymheredd (°C)</translation>
    </message>
    <message>
        <source>NEWS2 total</source>
        <translation>Cyfanswm NEWS2</translation>
    </message>
    <message>
        <source>O₂</source>
        <comment>on oxygen, in a chart cell</comment>
        <translation>O₂</translation>
    </message>
    <message>
        <source>Air</source>
        <comment>in a chart cell</comment>
        <translation>Aer</translation>
    </message>
</context>
<context>
    <name>cw::observations::News2EntryForm</name>
    <message>
        <source>Score %1</source>
        <translation>Sgôr %1</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Pwysedd gwaed diastolig</translation>
    </message>
    <message>
        <source>Save observations</source>
        <translation>Cadw arsylwadau</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Dewisol</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aer</translation>
    </message>
    <message>
        <source>Oxygen (any supplemental)</source>
        <translation>Ocsigen (unrhyw ocsigen ychwanegol)</translation>
    </message>
    <message>
        <source>Type A or O</source>
        <translation>Teipiwch A neu O</translation>
    </message>
    <message>
        <source>A: Alert</source>
        <translation>A: Effro</translation>
    </message>
    <message>
        <source>C: New confusion</source>
        <translation>C: Dryswch newydd</translation>
    </message>
    <message>
        <source>V: Responds to voice</source>
        <translation>V: Yn ymateb i lais</translation>
    </message>
    <message>
        <source>P: Responds to pain</source>
        <translation>P: Yn ymateb i boen</translation>
    </message>
    <message>
        <source>U: Unresponsive</source>
        <translation>U: Dim ymateb</translation>
    </message>
    <message>
        <source>Type A, C, V, P or U</source>
        <translation>Teipiwch A, C, V, P neu U</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Amser cymryd</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/mun</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>mmHg (not scored)</source>
        <translation>mmHg (heb ei sgorio)</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>amser lleol</translation>
    </message>
    <message>
        <source>NEWS2 total</source>
        <translation>Cyfanswm NEWS2</translation>
    </message>
    <message>
        <source>This value is correct</source>
        <translation>Mae&apos;r gwerth hwn yn gywir</translation>
    </message>
    <message>
        <source>%1: this value is correct</source>
        <translation>%1: mae&apos;r gwerth hwn yn gywir</translation>
    </message>
    <message>
        <source>Check value</source>
        <translation>Gwiriwch y gwerth</translation>
    </message>
    <message>
        <source>Air or oxygen?</source>
        <translation>Aer neu ocsigen?</translation>
    </message>
    <message>
        <source>Scale 2 (target 88–92%)</source>
        <translation>Graddfa 2 (targed 88–92%)</translation>
    </message>
    <message>
        <source>Scale 1</source>
        <translation>Graddfa 1</translation>
    </message>
    <message>
        <source>SpO2 scale in force: %1</source>
        <translation>Graddfa SpO2 mewn grym: %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter also saves.</source>
        <translation>Mae Ctrl+Enter hefyd yn cadw.</translation>
    </message>
    <message>
        <source>Type at least one value to save.</source>
        <translation>Teipiwch o leiaf un gwerth i gadw.</translation>
    </message>
    <message>
        <source>Correct or confirm the values marked &quot;Check value&quot; to save.</source>
        <translation>Cywirwch neu cadarnhewch y gwerthoedd a nodwyd &quot;Gwiriwch y gwerth&quot; i gadw.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Type digits only, for example %2.</source>
        <translation>Nid yw &quot;%1&quot; yn rhif. Teipiwch ddigidau yn unig, er enghraifft %2.</translation>
    </message>
    <message>
        <source>Outside the plausible range: you have confirmed it is correct.</source>
        <translation>Y tu allan i&apos;r ystod gredadwy: rydych wedi cadarnhau ei fod yn gywir.</translation>
    </message>
    <message>
        <source>The SpO2 score depends on air or oxygen: choose one to score it.</source>
        <translation>Mae sgôr SpO2 yn dibynnu ar aer neu ocsigen: dewiswch un i&apos;w sgorio.</translation>
    </message>
    <message>
        <source>Recorded as %1 (rounded to the chart&apos;s precision).</source>
        <translation>Cofnodwyd fel %1 (wedi&apos;i dalgrynnu i fanwl gywirdeb y siart).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Type digits only, for example 70.</source>
        <translation>Nid yw &quot;%1&quot; yn rhif. Teipiwch ddigidau yn unig, er enghraifft 70.</translation>
    </message>
    <message>
        <source>Diastolic must be lower than systolic: check both values.</source>
        <translation>Rhaid i&apos;r diastolig fod yn is na&apos;r systolig: gwiriwch y ddau werth.</translation>
    </message>
    <message>
        <source>A single parameter scored 3.</source>
        <translation>Sgoriodd un paramedr 3.</translation>
    </message>
    <message>
        <source>Clinical risk: %1</source>
        <translation>Risg glinigol: %1</translation>
    </message>
    <message>
        <source>Minimum monitoring: %1</source>
        <translation>Monitro lleiaf: %1</translation>
    </message>
    <message>
        <source>Incomplete: no total</source>
        <translation>Anghyflawn: dim cyfanswm</translation>
    </message>
    <message>
        <source>%1: what was typed is not a number.</source>
        <translation>%1: nid yw&apos;r hyn a deipiwyd yn rhif.</translation>
    </message>
    <message>
        <source>%1: check the value, or confirm that it is correct.</source>
        <translation>%1: gwiriwch y gwerth, neu cadarnhewch ei fod yn gywir.</translation>
    </message>
    <message>
        <source>%1: not recorded</source>
        <translation>%1: heb ei gofnodi</translation>
    </message>
</context>
<context>
    <name>cw::observations::ObservationsView</name>
    <message>
        <source>Observations (NEWS2)</source>
        <translation>Arsylwadau (NEWS2)</translation>
    </message>
    <message>
        <source>Observations are not available on this workstation: its encrypted cache could not be opened. Ask IT to check the Workstation status page.</source>
        <translation>Nid yw arsylwadau ar gael ar y weithfan hon: ni ellid agor ei storfa wedi&apos;i hamgryptio. Gofynnwch i TG wirio tudalen statws y Weithfan.</translation>
    </message>
    <message>
        <source>Choose a patient on the ward overview (or find them in Patient record) to record observations and see their chart.</source>
        <translation>Dewiswch glaf ar drosolwg y ward (neu dewch o hyd iddo yng Nghofnod y claf) i gofnodi arsylwadau a gweld ei siart.</translation>
    </message>
    <message>
        <source>Ward overview</source>
        <translation>Trosolwg y ward</translation>
    </message>
    <message>
        <source>Record and chart</source>
        <translation>Cofnodi a siart</translation>
    </message>
</context>
<context>
    <name>cw::observations::PatientNews2Page</name>
    <message>
        <source>Record SpO2 scale decision…</source>
        <translation>Cofnodi penderfyniad graddfa SpO2…</translation>
    </message>
    <message>
        <source>Escalation not needed (give the clinical reason)</source>
        <translation>Nid oes angen uwchgyfeirio (rhowch y rheswm clinigol)</translation>
    </message>
    <message>
        <source>Reason escalation is not needed</source>
        <translation>Rheswm nad oes angen uwchgyfeirio</translation>
    </message>
    <message>
        <source>Record a set</source>
        <translation>Cofnodi set</translation>
    </message>
    <message>
        <source>NEWS2 chart</source>
        <translation>Siart NEWS2</translation>
    </message>
    <message>
        <source>SpO2 Scale 1: no Scale 2 decision recorded.</source>
        <translation>SpO2 Graddfa 1: dim penderfyniad Graddfa 2 wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>SpO2 %1 since %2, decided by %3: %4</source>
        <translation>SpO2 %1 ers %2, penderfynwyd gan %3: %4</translation>
    </message>
    <message>
        <source>Scale 2 (target 88–92%)</source>
        <translation>Graddfa 2 (targed 88–92%)</translation>
    </message>
    <message>
        <source>Scale 1</source>
        <translation>Graddfa 1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(heb ei gofnodi)</translation>
    </message>
    <message numerus="yes">
        <source>Saving escalates this set to %1: %2. Response due within %n minutes of the time taken.</source>
        <translation>
            <numerusform>Mae cadw yn uwchgyfeirio&apos;r set hon i %1: %2. Ymateb yn ddyledus o fewn %n munud i&apos;r amser cymryd.</numerusform>
            <numerusform>Mae cadw yn uwchgyfeirio&apos;r set hon i %1: %2. Ymateb yn ddyledus o fewn %n munud i&apos;r amser cymryd.</numerusform>
            <numerusform>Mae cadw yn uwchgyfeirio&apos;r set hon i %1: %2. Ymateb yn ddyledus o fewn %n munud i&apos;r amser cymryd.</numerusform>
            <numerusform>Mae cadw yn uwchgyfeirio&apos;r set hon i %1: %2. Ymateb yn ddyledus o fewn %n munud i&apos;r amser cymryd.</numerusform>
            <numerusform>Mae cadw yn uwchgyfeirio&apos;r set hon i %1: %2. Ymateb yn ddyledus o fewn %n munud i&apos;r amser cymryd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save an incomplete set?</source>
        <translation>Cadw set anghyflawn?</translation>
    </message>
    <message>
        <source>Not recorded: %1.

An incomplete set has no NEWS2 total and cannot trigger an escalation. The next set will be due at once.</source>
        <translation>Heb ei gofnodi: %1.

Nid oes cyfanswm NEWS2 gan set anghyflawn ac ni all sbarduno uwchgyfeirio. Bydd y set nesaf yn ddyledus ar unwaith.</translation>
    </message>
    <message>
        <source>Saved: NEWS2 %1 (%2).</source>
        <translation>Cadwyd: NEWS2 %1 (%2).</translation>
    </message>
    <message>
        <source>Saved as incomplete: no total. The next set is due now.</source>
        <translation>Cadwyd yn anghyflawn: dim cyfanswm. Mae&apos;r set nesaf yn ddyledus nawr.</translation>
    </message>
    <message>
        <source>Escalation recorded as not needed.</source>
        <translation>Cofnodwyd nad oes angen uwchgyfeirio.</translation>
    </message>
    <message>
        <source>Escalated to %1.</source>
        <translation>Uwchgyfeiriwyd i %1.</translation>
    </message>
</context>
<context>
    <name>cw::observations::ScaleDecisionDialog</name>
    <message>
        <source>Scale 1 (target 96% or above; most patients)</source>
        <translation>Graddfa 1 (targed 96% neu uwch; y rhan fwyaf o gleifion)</translation>
    </message>
    <message>
        <source>Scale 2 (target 88–92%; hypercapnic respiratory failure)</source>
        <translation>Graddfa 2 (targed 88–92%; methiant anadlol hypercapnig)</translation>
    </message>
    <message>
        <source>SpO2 scale decision</source>
        <translation>Penderfyniad graddfa SpO2</translation>
    </message>
    <message>
        <source>Clinical reason</source>
        <translation>Rheswm clinigol</translation>
    </message>
    <message>
        <source>e.g. Type 2 respiratory failure confirmed on blood gas</source>
        <translation>e.e. Methiant anadlol math 2 wedi&apos;i gadarnhau ar nwy gwaed</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Cofnodi penderfyniad</translation>
    </message>
    <message>
        <source>Scale 2 is only for patients with a prescribed oxygen saturation target of 88–92%, such as in hypercapnic respiratory failure. The decision is recorded with your name, the time and your reason, and applies to every set from now on until it is changed.</source>
        <translation>Mae Graddfa 2 ar gyfer cleifion sydd â tharged dirlawnder ocsigen rhagnodedig o 88–92% yn unig, fel mewn methiant anadlol hypercapnig. Cofnodir y penderfyniad gyda&apos;ch enw, yr amser a&apos;ch rheswm, ac mae&apos;n berthnasol i bob set o hyn ymlaen nes iddo gael ei newid.</translation>
    </message>
    <message>
        <source>Clinical reason (required):</source>
        <translation>Rheswm clinigol (gofynnol):</translation>
    </message>
</context>
<context>
    <name>cw::observations::WardOverviewPage</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 awr %2 mun</translation>
    </message>
    <message>
        <source>No observations</source>
        <translation>Dim arsylwadau</translation>
    </message>
    <message>
        <source>Not shown: record again</source>
        <translation>Heb ei ddangos: cofnodwch eto</translation>
    </message>
    <message>
        <source>Incomplete: no total</source>
        <translation>Anghyflawn: dim cyfanswm</translation>
    </message>
    <message>
        <source>↑ Rising</source>
        <translation>↑ Yn codi</translation>
    </message>
    <message>
        <source>→ Steady</source>
        <translation>→ Sefydlog</translation>
    </message>
    <message>
        <source>↓ Falling</source>
        <translation>↓ Yn gostwng</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>(a single 3)</source>
        <translation>(un sgôr 3)</translation>
    </message>
    <message>
        <source>NOT ESCALATED:
escalate now</source>
        <translation>HEB EI UWCHGYFEIRIO:
uwchgyfeiriwch nawr</translation>
    </message>
    <message>
        <source>%1
response due %2</source>
        <translation>%1
ymateb yn ddyledus %2</translation>
    </message>
    <message>
        <source>None open</source>
        <translation>Dim ar agor</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Gwely</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Claf</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <source>Clinical risk</source>
        <translation>Risg glinigol</translation>
    </message>
    <message>
        <source>Last set</source>
        <translation>Set olaf</translation>
    </message>
    <message>
        <source>Next set due</source>
        <translation>Set nesaf yn ddyledus</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Uwchgyfeirio</translation>
    </message>
    <message>
        <source>Ward NEWS2</source>
        <translation>NEWS2 y ward</translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation>Ward:</translation>
    </message>
    <message>
        <source>No wards are set up for this workstation (setting ward_locations).</source>
        <translation>Nid oes wardiau wedi&apos;u gosod ar gyfer y weithfan hon (gosodiad ward_locations).</translation>
    </message>
    <message>
        <source>No patients on this ward in the workstation&apos;s records.</source>
        <translation>Dim cleifion ar y ward hon yng nghofnodion y weithfan.</translation>
    </message>
    <message>
        <source>%1
%2 ago</source>
        <translation>%1
%2 yn ôl</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Erioed</translation>
    </message>
    <message>
        <source>Now
(set incomplete or missing)</source>
        <translation>Nawr
(set anghyflawn neu ar goll)</translation>
    </message>
    <message>
        <source>OVERDUE
by %1</source>
        <translation>HWYR
o %1</translation>
    </message>
    <message>
        <source>%1
in %2</source>
        <translation>%1
mewn %2</translation>
    </message>
</context>
<context>
    <name>cw::record</name>
    <message>
        <source>Untitled document</source>
        <translation>Dogfen heb deitl</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Wedi&apos;i disodli</translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation>Rhagarweiniol</translation>
    </message>
    <message>
        <source>This document is no longer in the workstation&apos;s cache.</source>
        <translation>Nid yw&apos;r ddogfen hon yn storfa&apos;r weithfan mwyach.</translation>
    </message>
    <message>
        <source>This document is held in another system and is not stored on this workstation.</source>
        <translation>Mae&apos;r ddogfen hon yn cael ei chadw mewn system arall ac nid yw&apos;n cael ei storio ar y weithfan hon.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be shown. Ask the sender for a new copy.</source>
        <translation>Mae&apos;r ddogfen hon wedi&apos;i difrodi ac ni ellir ei dangos. Gofynnwch i&apos;r anfonwr am gopi newydd.</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation>Claf mewnol</translation>
    </message>
    <message>
        <source>Outpatient or clinic</source>
        <translation>Claf allanol neu glinig</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Argyfwng</translation>
    </message>
    <message>
        <source>%1 – ongoing</source>
        <translation>%1 – yn parhau</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Cyfredol</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(heb enw)</translation>
    </message>
    <message>
        <source>This is not a valid NHS number. Check the 10 digits and try again.</source>
        <translation>Nid yw hwn yn rhif GIG dilys. Gwiriwch y 10 digid a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Enter an NHS number, or a name and a date of birth.</source>
        <translation>Rhowch rif GIG, neu enw a dyddiad geni.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name as well as the date of birth.</source>
        <translation>Rhowch enw&apos;r claf yn ogystal â&apos;r dyddiad geni.</translation>
    </message>
    <message>
        <source>Enter the date of birth as well as the name.</source>
        <translation>Rhowch y dyddiad geni yn ogystal â&apos;r enw.</translation>
    </message>
    <message>
        <source>Enter the date of birth as day, month and year, for example 05/03/1956.</source>
        <translation>Rhowch y dyddiad geni fel diwrnod, mis a blwyddyn, er enghraifft 05/03/1956.</translation>
    </message>
    <message>
        <source>Say why you need to see this record (at least %1 characters). Your reason is recorded.</source>
        <translation>Dywedwch pam mae angen i chi weld y cofnod hwn (o leiaf %1 nod). Caiff eich rheswm ei gofnodi.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(heb ei gofnodi)</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>difrifoldeb %1</translation>
    </message>
    <message>
        <source>Reaction not recorded</source>
        <translation>Adwaith heb ei gofnodi</translation>
    </message>
    <message>
        <source>High criticality</source>
        <translation>Critigolrwydd uchel</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Heb ei gadarnhau</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>ers %1</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Dros dro</translation>
    </message>
    <message>
        <source>Dosage not recorded</source>
        <translation>Dos heb ei gofnodi</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Wedi&apos;i atal dros dro</translation>
    </message>
    <message>
        <source>%1 active prescriptions: check for duplication</source>
        <translation>%1 presgripsiwn gweithredol: gwiriwch am ddyblygu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>(a %1 value this viewer cannot show)</source>
        <translation>(gwerth %1 na all y gwyliwr hwn ei ddangos)</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>dim gwerth</translation>
    </message>
    <message>
        <source>No value recorded</source>
        <translation>Dim gwerth wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>No value: %1</source>
        <translation>Dim gwerth: %1</translation>
    </message>
</context>
<context>
    <name>cw::record::BreakGlassPanel</name>
    <message>
        <source>This record is restricted</source>
        <translation>Mae&apos;r cofnod hwn wedi&apos;i gyfyngu</translation>
    </message>
    <message>
        <source>The patient&apos;s record is marked confidential. You can see who they are, but not their record. If you need it to care for them now, give your reason and open it. Your name, role, the time and your reason are recorded and reviewed by the Privacy Officer.</source>
        <translation>Mae cofnod y claf wedi&apos;i farcio&apos;n gyfrinachol. Gallwch weld pwy ydyn nhw, ond nid eu cofnod. Os oes ei angen arnoch i ofalu amdanynt nawr, rhowch eich rheswm a&apos;i agor. Caiff eich enw, eich rôl, yr amser a&apos;ch rheswm eu cofnodi a&apos;u hadolygu gan y Swyddog Preifatrwydd.</translation>
    </message>
    <message>
        <source>Reason, for example: patient collapsed on the ward, need medication history</source>
        <translation>Rheswm, er enghraifft: claf wedi llewygu ar y ward, angen hanes meddyginiaeth</translation>
    </message>
    <message>
        <source>Open the record and record my reason</source>
        <translation>Agor y cofnod a chofnodi fy rheswm</translation>
    </message>
    <message>
        <source>Why do you need to see this record?</source>
        <translation>Pam mae angen i chi weld y cofnod hwn?</translation>
    </message>
</context>
<context>
    <name>cw::record::DocumentViewerPlugin</name>
    <message>
        <source>This document is of a kind (%1) that cannot be shown here. The system it came from may be able to show it.</source>
        <translation>Mae&apos;r ddogfen hon o fath (%1) na ellir ei ddangos yma. Efallai y gall y system y daeth ohoni ei dangos.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>heb ei nodi</translation>
    </message>
</context>
<context>
    <name>cw::record::DocumentsPanel</name>
    <message>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awdur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>No documents in the record.</source>
        <translation>Dim dogfennau yn y cofnod.</translation>
    </message>
    <message>
        <source>Choose a document to read it.</source>
        <translation>Dewiswch ddogfen i&apos;w darllen.</translation>
    </message>
    <message>
        <source>This document has no content.</source>
        <translation>Nid oes cynnwys yn y ddogfen hon.</translation>
    </message>
</context>
<context>
    <name>cw::record::FindPatientPage</name>
    <message>
        <source>for example 943 476 5919</source>
        <translation>er enghraifft 943 476 5919</translation>
    </message>
    <message>
        <source>family or given name, or the start of it</source>
        <translation>cyfenw neu enw cyntaf, neu ei ddechrau</translation>
    </message>
    <message>
        <source>for example 05/03/1956</source>
        <translation>er enghraifft 05/03/1956</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Dod o hyd i glaf</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>or</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ganwyd</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Gwely</translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation>Dod o hyd i glaf</translation>
    </message>
    <message>
        <source>Ward list</source>
        <translation>Rhestr y ward</translation>
    </message>
    <message>
        <source>No patient in this workstation&apos;s records matches. Check the details, or the patient may not be synced to this workstation yet.</source>
        <translation>Nid oes claf yng nghofnodion y weithfan hon yn cyfateb. Gwiriwch y manylion, neu efallai nad yw&apos;r claf wedi&apos;i gysoni i&apos;r weithfan hon eto.</translation>
    </message>
    <message>
        <source>No wards are set up for this workstation (setting ward_locations).</source>
        <translation>Nid oes wardiau wedi&apos;u gosod ar gyfer y weithfan hon (gosodiad ward_locations).</translation>
    </message>
    <message>
        <source>No patients on this ward in the workstation&apos;s records.</source>
        <translation>Dim cleifion ar y ward hon yng nghofnodion y weithfan.</translation>
    </message>
</context>
<context>
    <name>cw::record::HtmlDocumentView</name>
    <message>
        <source>Links in documents are turned off.</source>
        <translation>Mae dolenni mewn dogfennau wedi&apos;u diffodd.</translation>
    </message>
</context>
<context>
    <name>cw::record::ObservationsPanel</name>
    <message>
        <source>↑ rising</source>
        <translation>↑ yn codi</translation>
    </message>
    <message>
        <source>↓ falling</source>
        <translation>↓ yn gostwng</translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation>→ cyson</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesuriad</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Diweddaraf</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Cymerwyd</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Blaenorol</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Darlleniadau</translation>
    </message>
    <message>
        <source>No observations or results recorded.</source>
        <translation>Dim arsylwadau na chanlyniadau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Showing the most recent %1 observations; older ones are not included below.</source>
        <translation>Yn dangos y %1 arsylwad diweddaraf; nid yw rhai hŷn wedi&apos;u cynnwys isod.</translation>
    </message>
    <message>
        <source>Observations in the record: %1.</source>
        <translation>Arsylwadau yn y cofnod: %1.</translation>
    </message>
</context>
<context>
    <name>cw::record::PatientRecordPage</name>
    <message>
        <source>Encounter</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Observations and results</source>
        <translation>Arsylwadau a chanlyniadau</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <source>Find another patient</source>
        <translation>Dod o hyd i glaf arall</translation>
    </message>
    <message>
        <source>You opened this confidential record by breaking the glass. This access and your reason have been recorded.</source>
        <translation>Fe agoroch y cofnod cyfrinachol hwn drwy dorri&apos;r gwydr. Mae&apos;r mynediad hwn a&apos;ch rheswm wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>This workstation does not sync: showing its own records only</source>
        <translation>Nid yw&apos;r weithfan hon yn cysoni: yn dangos ei chofnodion ei hun yn unig</translation>
    </message>
    <message>
        <source>No encounters recorded</source>
        <translation>Dim cysylltiadau wedi&apos;u cofnodi</translation>
    </message>
</context>
<context>
    <name>cw::record::PdfDocumentView</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF is locked with a password, so it cannot be shown here. The system it came from may be able to show it.</source>
        <translation>Mae&apos;r PDF hwn wedi&apos;i gloi â chyfrinair, felly ni ellir ei ddangos yma. Efallai y gall y system y daeth ohoni ei ddangos.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be shown. The system it came from may hold a good copy.</source>
        <translation>Mae&apos;r PDF hwn wedi&apos;i ddifrodi ac ni ellir ei ddangos. Efallai fod gan y system y daeth ohoni gopi da.</translation>
    </message>
</context>
<context>
    <name>cw::record::RecordView</name>
    <message>
        <source>Patient record</source>
        <translation>Cofnod y claf</translation>
    </message>
    <message>
        <source>Patient records are not available on this workstation: its encrypted cache could not be opened. Ask IT to check the Workstation status page.</source>
        <translation>Nid oes cofnodion cleifion ar gael ar y weithfan hon: ni ellid agor ei storfa wedi&apos;i hamgryptio. Gofynnwch i TG wirio tudalen statws y Weithfan.</translation>
    </message>
</context>
<context>
    <name>cw::record::SummaryPanel</name>
    <message>
        <source>Flags and reasonable adjustments</source>
        <translation>Baneri ac addasiadau rhesymol</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Baner</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Allergies and adverse reactions</source>
        <translation>Alergeddau ac adweithiau niweidiol</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sylwedd</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Adwaith</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Cofnodwyd</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>Problemau gweithredol</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Meddyginiaethau cyfredol</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Meddyginiaeth</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>Rhagnodwyd</translation>
    </message>
    <message>
        <source>No flags recorded</source>
        <translation>Dim baneri wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>No known allergies (recorded)</source>
        <translation>Dim alergeddau hysbys (wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <source>Allergies not recorded: ask the patient</source>
        <translation>Alergeddau heb eu cofnodi: gofynnwch i&apos;r claf</translation>
    </message>
    <message>
        <source>No active problems recorded</source>
        <translation>Dim problemau gweithredol wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>No current medications recorded</source>
        <translation>Dim meddyginiaethau cyfredol wedi&apos;u cofnodi</translation>
    </message>
</context>
<context>
    <name>cw::shell</name>
    <message>
        <source>This card cannot be used to sign in</source>
        <translation>Nid oes modd defnyddio&apos;r cerdyn hwn i fewngofnodi</translation>
    </message>
    <message>
        <source>It is not an NHS smartcard. Take it out and insert your NHS smartcard.</source>
        <translation>Nid yw&apos;n gerdyn clyfar GIG. Tynnwch ef allan a rhowch eich cerdyn clyfar GIG yn y darllenydd.</translation>
    </message>
    <message>
        <source>Your smartcard has expired</source>
        <translation>Mae eich cerdyn clyfar wedi dod i ben</translation>
    </message>
    <message>
        <source>Ask your registration authority to renew it. Until then, you cannot sign in with this card.</source>
        <translation>Gofynnwch i&apos;ch awdurdod cofrestru ei adnewyddu. Tan hynny, ni allwch fewngofnodi â&apos;r cerdyn hwn.</translation>
    </message>
    <message>
        <source>This smartcard is not recognised</source>
        <translation>Nid yw&apos;r cerdyn clyfar hwn yn cael ei adnabod</translation>
    </message>
    <message>
        <source>It was not issued by an NHS registration authority this workstation trusts. Take it out and insert your own NHS smartcard. If this is your card, tell IT.</source>
        <translation>Ni chafodd ei gyhoeddi gan awdurdod cofrestru GIG y mae&apos;r weithfan hon yn ymddiried ynddo. Tynnwch ef allan a rhowch eich cerdyn clyfar GIG eich hun yn y darllenydd. Os mai eich cerdyn chi yw hwn, rhowch wybod i&apos;r tîm TG.</translation>
    </message>
    <message>
        <source>Your smartcard is blocked</source>
        <translation>Mae eich cerdyn clyfar wedi&apos;i rwystro</translation>
    </message>
    <message>
        <source>A wrong PIN was entered 3 times, so the card is blocked. To unblock it, go to https://digital.nhs.uk/unlock on another device, or ask your registration authority.</source>
        <translation>Cafodd PIN anghywir ei roi 3 gwaith, felly mae&apos;r cerdyn wedi&apos;i rwystro. I&apos;w ddadrwystro, ewch i https://digital.nhs.uk/unlock ar ddyfais arall, neu gofynnwch i&apos;ch awdurdod cofrestru.</translation>
    </message>
    <message>
        <source>Sign-in stopped: the account does not match the card</source>
        <translation>Mewngofnodi wedi&apos;i atal: nid yw&apos;r cyfrif yn cyfateb i&apos;r cerdyn</translation>
    </message>
    <message>
        <source>The sign-in service returned a different person from the one on this card. Take the card out and try again. If it happens again, tell IT.</source>
        <translation>Rhoddodd y gwasanaeth mewngofnodi unigolyn gwahanol i&apos;r un ar y cerdyn hwn. Tynnwch y cerdyn allan a rhowch gynnig arall arni. Os yw&apos;n digwydd eto, rhowch wybod i&apos;r tîm TG.</translation>
    </message>
    <message>
        <source>You have no role to sign in with</source>
        <translation>Nid oes gennych rôl i fewngofnodi â hi</translation>
    </message>
    <message>
        <source>Your account has no role that lets you use this workstation. Ask your registration authority or your manager to add one.</source>
        <translation>Nid oes gan eich cyfrif rôl sy&apos;n caniatáu i chi ddefnyddio&apos;r weithfan hon. Gofynnwch i&apos;ch awdurdod cofrestru neu i&apos;ch rheolwr ychwanegu un.</translation>
    </message>
    <message>
        <source>Sign-in is switched off because this workstation&apos;s configuration has problems. Ask IT to open Workstation status.</source>
        <translation>Mae mewngofnodi wedi&apos;i ddiffodd oherwydd bod problemau gyda ffurfweddiad y weithfan hon. Gofynnwch i&apos;r tîm TG agor Statws y weithfan.</translation>
    </message>
    <message>
        <source>No smartcard can be accepted: this workstation has no trusted card authorities configured (setting %1). Tell IT.</source>
        <translation>Nid oes modd derbyn unrhyw gerdyn clyfar: nid oes awdurdodau cardiau dibynadwy wedi&apos;u ffurfweddu ar y weithfan hon (gosodiad %1). Rhowch wybod i&apos;r tîm TG.</translation>
    </message>
    <message>
        <source>No smartcard can be accepted: the trusted card authorities could not be read (%1). Tell IT.</source>
        <translation>Nid oes modd derbyn unrhyw gerdyn clyfar: nid oedd modd darllen yr awdurdodau cardiau dibynadwy (%1). Rhowch wybod i&apos;r tîm TG.</translation>
    </message>
    <message>
        <source>Sign-in through the web browser cannot start: the workstation could not listen on 127.0.0.1 (%1). Tell IT.</source>
        <translation>Ni all mewngofnodi drwy&apos;r porwr gwe ddechrau: ni allai&apos;r weithfan wrando ar 127.0.0.1 (%1). Rhowch wybod i TG.</translation>
    </message>
</context>
<context>
    <name>cw::shell::CardLoginSigner</name>
    <message>
        <source>The card signs only for the configured identity provider.</source>
        <translation>Dim ond ar gyfer y darparwr hunaniaeth sydd wedi&apos;i ffurfweddu y mae&apos;r cerdyn yn llofnodi.</translation>
    </message>
    <message>
        <source>The sign-in page sent a challenge the card will not sign.</source>
        <translation>Anfonodd y dudalen fewngofnodi her na fydd y cerdyn yn ei llofnodi.</translation>
    </message>
    <message>
        <source>The card did not answer. Check it is still in the reader.</source>
        <translation>Ni atebodd y cerdyn. Gwiriwch ei fod yn dal yn y darllenydd.</translation>
    </message>
</context>
<context>
    <name>cw::shell::FirstSyncDialog</name>
    <message>
        <source>Setting up this workstation</source>
        <translation>Paratoi&apos;r weithfan hon</translation>
    </message>
    <message>
        <source>Records are being copied to this workstation for use offline. Until this finishes, a record may be incomplete.</source>
        <translation>Mae cofnodion yn cael eu copïo i&apos;r weithfan hon i&apos;w defnyddio all-lein. Hyd nes y bydd hyn wedi gorffen, gall cofnod fod yn anghyflawn.</translation>
    </message>
    <message>
        <source>Continue without waiting</source>
        <translation>Parhau heb aros</translation>
    </message>
    <message>
        <source>Records received: %1 · removed: %2 · changes sent: %3</source>
        <translation>Cofnodion a dderbyniwyd: %1 · wedi&apos;u tynnu: %2 · newidiadau a anfonwyd: %3</translation>
    </message>
</context>
<context>
    <name>cw::shell::LoginBrowserLoader</name>
    <message>
        <source>The sign-in browser is missing from this installation, so nobody can sign in. Ask IT to repair the Clinical Workstation installation.</source>
        <translation>Mae&apos;r porwr mewngofnodi ar goll o&apos;r gosodiad hwn, felly ni all neb fewngofnodi. Gofynnwch i&apos;r tîm TG atgyweirio gosodiad Clinical Workstation.</translation>
    </message>
</context>
<context>
    <name>cw::shell::LoginWebPage</name>
    <message>
        <source>The identity provider&apos;s certificate is not trusted (%1). Sign-in was stopped; tell IT.</source>
        <translation>Nid oes modd ymddiried yn nhystysgrif y darparwr hunaniaeth (%1). Cafodd y mewngofnodi ei atal; rhowch wybod i&apos;r tîm TG.</translation>
    </message>
    <message>
        <source>The identity provider did not answer. Check the network, then take your card out and put it back to try again.</source>
        <translation>Ni atebodd y darparwr hunaniaeth. Gwiriwch y rhwydwaith, yna tynnwch eich cerdyn allan a&apos;i roi yn ôl i roi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly. Take your card out and put it back to try again.</source>
        <translation>Stopiodd y dudalen fewngofnodi yn annisgwyl. Tynnwch eich cerdyn allan a&apos;i roi yn ôl i roi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The sign-in page tried to open %1, which is not the identity provider. Sign-in was stopped.</source>
        <translation>Ceisiodd y dudalen fewngofnodi agor %1, ond nid y darparwr hunaniaeth yw hwnnw. Cafodd y mewngofnodi ei atal.</translation>
    </message>
</context>
<context>
    <name>cw::shell::LoopbackAgent</name>
    <message>
        <source>Back to the Clinical Workstation</source>
        <translation>Yn ôl i&apos;r Weithfan Glinigol</translation>
    </message>
    <message>
        <source>Sign-in did not finish</source>
        <translation>Ni orffennodd y mewngofnodi</translation>
    </message>
    <message>
        <source>The Clinical Workstation is finishing your sign-in. You can close this tab.</source>
        <translation>Mae&apos;r Weithfan Glinigol yn gorffen eich mewngofnodi. Gallwch gau&apos;r tab hwn.</translation>
    </message>
    <message>
        <source>The Clinical Workstation shows what happened and what to do. You can close this tab.</source>
        <translation>Mae&apos;r Weithfan Glinigol yn dangos beth ddigwyddodd a beth i&apos;w wneud. Gallwch gau&apos;r tab hwn.</translation>
    </message>
    <message>
        <source>The card has already signed once for this sign-in. Take your card out and put it back to try again.</source>
        <translation>Mae&apos;r cerdyn eisoes wedi llofnodi unwaith ar gyfer y mewngofnodi hwn. Tynnwch eich cerdyn allan a&apos;i roi yn ôl i roi cynnig arall arni.</translation>
    </message>
    <message>
        <source>This sign-in has ended. Start again at the workstation.</source>
        <translation>Mae&apos;r mewngofnodi hwn wedi dod i ben. Dechreuwch eto wrth y weithfan.</translation>
    </message>
</context>
<context>
    <name>cw::shell::PatientBannerArea</name>
    <message>
        <source>No patient selected</source>
        <translation>Dim claf wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>NHS No. %1</source>
        <translation>Rhif GIG %1</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Ganwyd %1</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Wedi marw</translation>
    </message>
    <message>
        <source>Confidential record</source>
        <translation>Cofnod cyfrinachol</translation>
    </message>
</context>
<context>
    <name>cw::shell::PinEntryPage</name>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Rhowch eich PIN</translation>
    </message>
    <message>
        <source>Smartcard PIN</source>
        <translation>PIN y cerdyn clyfar</translation>
    </message>
    <message>
        <source>PIN (6 to 8 digits)</source>
        <translation>PIN (6 i 8 digid)</translation>
    </message>
    <message>
        <source>Checks the PIN on your smartcard</source>
        <translation>Yn gwirio&apos;r PIN ar eich cerdyn clyfar</translation>
    </message>
    <message>
        <source>%1, enter the PIN of your smartcard to sign in.</source>
        <translation>%1, rhowch PIN eich cerdyn clyfar i fewngofnodi.</translation>
    </message>
    <message>
        <source>1 try left: the card locks after one more wrong PIN.</source>
        <translation>1 cynnig ar ôl: bydd y cerdyn yn cloi ar ôl un PIN anghywir arall.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <translation>
            <numerusform>%n cynnig ar ôl</numerusform>
            <numerusform>%n cynnig ar ôl</numerusform>
            <numerusform>%n cynnig ar ôl</numerusform>
            <numerusform>%n cynnig ar ôl</numerusform>
            <numerusform>%n cynnig ar ôl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::shell::RolePickerPage</name>
    <message>
        <source>Choose your role</source>
        <translation>Dewiswch eich rôl</translation>
    </message>
    <message>
        <source>Your roles</source>
        <translation>Eich rolau</translation>
    </message>
    <message>
        <source>Use the arrow keys to pick a role, then press Enter</source>
        <translation>Defnyddiwch y bysellau saeth i ddewis rôl, yna pwyswch Enter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Signs you in with the selected role</source>
        <translation>Yn eich mewngofnodi gyda&apos;r rôl a ddewiswyd</translation>
    </message>
    <message>
        <source>%1, you have more than one role. Choose the one you are working in now.</source>
        <translation>%1, mae gennych fwy nag un rôl. Dewiswch yr un rydych yn gweithio ynddi nawr.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 yn %2</translation>
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
    <message numerus="yes">
        <source>%n change(s) waiting: sign in again to send them</source>
        <translation>
            <numerusform>%n newid yn aros: mewngofnodwch eto i&apos;w hanfon</numerusform>
            <numerusform>%n newid yn aros: mewngofnodwch eto i&apos;w hanfon</numerusform>
            <numerusform>%n newid yn aros: mewngofnodwch eto i&apos;w hanfon</numerusform>
            <numerusform>%n newid yn aros: mewngofnodwch eto i&apos;w hanfon</numerusform>
            <numerusform>%n newid yn aros: mewngofnodwch eto i&apos;w hanfon</numerusform>
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
    <name>cw::shell::SignInController</name>
    <message>
        <source>Reading your card…</source>
        <translation>Yn darllen eich cerdyn…</translation>
    </message>
</context>
<context>
    <name>cw::shell::SignInPage</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
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
        <source>Workstation locked</source>
        <translation>Gweithfan wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>%1 is signed in. Insert your smartcard and enter your PIN to unlock.
Patient information is hidden while the workstation is locked.</source>
        <translation>Mae %1 wedi mewngofnodi. Rhowch eich cerdyn clyfar yn y darllenydd a rhowch eich PIN i ddatgloi.
Mae gwybodaeth cleifion wedi&apos;i chuddio tra bo&apos;r weithfan wedi&apos;i chloi.</translation>
    </message>
    <message>
        <source>Insert your smartcard</source>
        <translation>Rhowch eich cerdyn clyfar yn y darllenydd</translation>
    </message>
    <message>
        <source>Put your NHS smartcard in the card reader to sign in. You will then be asked for your PIN.</source>
        <translation>Rhowch eich cerdyn clyfar GIG yn y darllenydd cardiau i fewngofnodi. Yna, gofynnir i chi am eich PIN.</translation>
    </message>
    <message>
        <source>Signing in with your smartcard</source>
        <translation>Mewngofnodi â&apos;ch cerdyn clyfar</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>Allgofnodi %1</translation>
    </message>
    <message>
        <source>Ends %1&apos;s session. Anyone can also sign in by inserting their own smartcard.</source>
        <translation>Yn dod â sesiwn %1 i ben. Gall unrhyw un hefyd fewngofnodi drwy roi eu cerdyn clyfar eu hunain yn y darllenydd.</translation>
    </message>
</context>
<context>
    <name>cw::shell::SystemBrowserLogin</name>
    <message>
        <source>No web browser could be opened to sign in. Tell IT: this workstation is set to sign in through the system browser (sign_in_browser=system).</source>
        <translation>Ni ellid agor porwr gwe i fewngofnodi. Rhowch wybod i TG: mae&apos;r weithfan hon wedi&apos;i gosod i fewngofnodi drwy borwr y system (sign_in_browser=system).</translation>
    </message>
</context>
<context>
    <name>cw::shell::SystemBrowserPage</name>
    <message>
        <source>Continue in your web browser.</source>
        <translation>Parhewch yn eich porwr gwe.</translation>
    </message>
    <message>
        <source>The sign-in page of %1 has opened in your web browser and will use your smartcard. When you have finished there, this screen moves on by itself.</source>
        <translation>Mae tudalen fewngofnodi %1 wedi agor yn eich porwr gwe a bydd yn defnyddio eich cerdyn clyfar. Pan fyddwch wedi gorffen yno, bydd y sgrin hon yn symud ymlaen ar ei phen ei hun.</translation>
    </message>
</context>
<context>
    <name>cw::smartcard</name>
    <message>
        <source>The card keeps announcing more data.</source>
        <translation>Mae&apos;r cerdyn yn dal i gyhoeddi rhagor o ddata.</translation>
    </message>
    <message>
        <source>The card&apos;s answer is longer than %1 bytes.</source>
        <translation>Mae ateb y cerdyn yn hwy na %1 beit.</translation>
    </message>
    <message>
        <source>The card&apos;s data is malformed at byte %1: %2.</source>
        <translation>Mae data&apos;r cerdyn yn gamffurfiedig ar safle beit %1: %2.</translation>
    </message>
    <message>
        <source>the tag is cut short</source>
        <translation>mae&apos;r tag wedi&apos;i dorri&apos;n fyr</translation>
    </message>
    <message>
        <source>a tag longer than 3 bytes</source>
        <translation>tag sy&apos;n hwy na 3 beit</translation>
    </message>
    <message>
        <source>the length is missing</source>
        <translation>mae&apos;r hyd ar goll</translation>
    </message>
    <message>
        <source>the length is cut short</source>
        <translation>mae&apos;r hyd wedi&apos;i dorri&apos;n fyr</translation>
    </message>
    <message>
        <source>unsupported length form %1</source>
        <translation>ffurf hyd %1 nad yw&apos;n cael ei chefnogi</translation>
    </message>
    <message>
        <source>%1 value bytes announced, %2 present</source>
        <translation>cyhoeddwyd %1 beit gwerth, mae %2 yn bresennol</translation>
    </message>
    <message>
        <source>The card&apos;s certificate cannot be read.</source>
        <translation>Nid oes modd darllen tystysgrif y cerdyn.</translation>
    </message>
    <message>
        <source>This card has no PIV application; it is not an NHS smartcard.</source>
        <translation>Nid oes gan y cerdyn hwn raglen PIV; nid yw&apos;n gerdyn clyfar GIG.</translation>
    </message>
    <message>
        <source>The workstation has no source of random numbers.</source>
        <translation>Nid oes gan y weithfan ffynhonnell rhifau ar hap.</translation>
    </message>
    <message>
        <source>The card&apos;s signature does not match its certificate; the card may be forged.</source>
        <translation>Nid yw llofnod y cerdyn yn cyfateb i&apos;w dystysgrif; efallai fod y cerdyn wedi&apos;i ffugio.</translation>
    </message>
    <message>
        <source>The card&apos;s certificate is trusted.</source>
        <translation>Mae tystysgrif y cerdyn yn ddibynadwy.</translation>
    </message>
    <message>
        <source>The card&apos;s certificate has expired. Ask your Registration Authority to renew the card.</source>
        <translation>Mae tystysgrif y cerdyn wedi dod i ben. Gofynnwch i&apos;ch Awdurdod Cofrestru adnewyddu&apos;r cerdyn.</translation>
    </message>
    <message>
        <source>The card&apos;s certificate is not valid yet. Check the workstation&apos;s date and time.</source>
        <translation>Nid yw tystysgrif y cerdyn yn ddilys eto. Gwiriwch ddyddiad ac amser y weithfan.</translation>
    </message>
    <message>
        <source>The card was not issued by a trusted authority.</source>
        <translation>Ni chafodd y cerdyn ei gyhoeddi gan awdurdod dibynadwy.</translation>
    </message>
    <message>
        <source>The card&apos;s certificate cannot be read or names no user.</source>
        <translation>Nid oes modd darllen tystysgrif y cerdyn, neu nid yw&apos;n enwi defnyddiwr.</translation>
    </message>
    <message>
        <source>The command APDU is malformed: %1.</source>
        <translation>Mae&apos;r APDU gorchymyn yn gamffurfiedig: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), a header needs 4</source>
        <translation>
            <numerusform>%n beit, mae angen 4 ar bennawd</numerusform>
            <numerusform>%n beit, mae angen 4 ar bennawd</numerusform>
            <numerusform>%n beit, mae angen 4 ar bennawd</numerusform>
            <numerusform>%n beit, mae angen 4 ar bennawd</numerusform>
            <numerusform>%n beit, mae angen 4 ar bennawd</numerusform>
        </translation>
    </message>
    <message>
        <source>extended length is not supported</source>
        <translation>nid yw hyd estynedig yn cael ei gefnogi</translation>
    </message>
    <message>
        <source>Lc says %1 data bytes but %2 bytes follow the header</source>
        <translation>mae Lc yn nodi %1 beit data ond mae %2 beit yn dilyn y pennawd</translation>
    </message>
    <message>
        <source>The card service is not running (%1). Ask IT to check the smartcard service.</source>
        <translation>Nid yw&apos;r gwasanaeth cardiau yn rhedeg (%1). Gofynnwch i&apos;r tîm TG wirio&apos;r gwasanaeth cardiau clyfar.</translation>
    </message>
    <message>
        <source>The card was removed. Insert it again.</source>
        <translation>Cafodd y cerdyn ei dynnu allan. Rhowch ef yn y darllenydd eto.</translation>
    </message>
    <message>
        <source>Another program reset the card. Enter your PIN again.</source>
        <translation>Mae rhaglen arall wedi ailosod y cerdyn. Rhowch eich PIN eto.</translation>
    </message>
    <message>
        <source>The card reader is not connected (%1).</source>
        <translation>Nid yw&apos;r darllenydd cardiau wedi&apos;i gysylltu (%1).</translation>
    </message>
    <message>
        <source>The card does not respond (%1). Check it is inserted the right way.</source>
        <translation>Nid yw&apos;r cerdyn yn ymateb (%1). Gwiriwch ei fod wedi&apos;i roi i mewn y ffordd iawn.</translation>
    </message>
    <message>
        <source>The card reader failed: %1.</source>
        <translation>Methodd y darllenydd cardiau: %1.</translation>
    </message>
    <message>
        <source>The card needs your PIN first.</source>
        <translation>Mae angen eich PIN ar y cerdyn yn gyntaf.</translation>
    </message>
    <message>
        <source>The card is locked. Unlock it before use.</source>
        <translation>Mae&apos;r cerdyn wedi&apos;i gloi. Datglowch ef cyn ei ddefnyddio.</translation>
    </message>
    <message>
        <source>The card does not hold this object or key (%1).</source>
        <translation>Nid yw&apos;r gwrthrych neu&apos;r allwedd hon ar y cerdyn (%1).</translation>
    </message>
    <message>
        <source>The card does not support this command (%1).</source>
        <translation>Nid yw&apos;r cerdyn yn cefnogi&apos;r gorchymyn hwn (%1).</translation>
    </message>
    <message>
        <source>The card refused the command (status %1).</source>
        <translation>Gwrthododd y cerdyn y gorchymyn (statws %1).</translation>
    </message>
    <message>
        <source>The card&apos;s answer is malformed: %1.</source>
        <translation>Mae ateb y cerdyn yn gamffurfiedig: %1.</translation>
    </message>
    <message>
        <source>tag %1 is missing</source>
        <translation>mae tag %1 ar goll</translation>
    </message>
    <message>
        <source>The card stores its certificate compressed, which this workstation does not read.</source>
        <translation>Mae&apos;r cerdyn yn storio ei dystysgrif ar ffurf gywasgedig, ac nid yw&apos;r weithfan hon yn darllen hynny.</translation>
    </message>
    <message>
        <source>the certificate object holds no certificate</source>
        <translation>nid oes tystysgrif yn y gwrthrych tystysgrif</translation>
    </message>
    <message>
        <source>The PIN must be 6 to 8 digits.</source>
        <translation>Rhaid i&apos;r PIN fod rhwng 6 ac 8 digid.</translation>
    </message>
    <message>
        <source>no response in the authentication template</source>
        <translation>dim ymateb yn y templed dilysu</translation>
    </message>
    <message>
        <source>A SHA-256 digest has 32 bytes, not %1.</source>
        <translation>Mae gan grynhoad SHA-256 32 beit, nid %1.</translation>
    </message>
    <message>
        <source>The card&apos;s key uses an algorithm this workstation does not support.</source>
        <translation>Mae allwedd y cerdyn yn defnyddio algorithm nad yw&apos;r weithfan hon yn ei gefnogi.</translation>
    </message>
    <message>
        <source>The peer&apos;s key is not an uncompressed P-256 point (65 bytes starting 04).</source>
        <translation>Nid yw allwedd y cymar yn bwynt P-256 anghywasgedig (65 beit yn dechrau â 04).</translation>
    </message>
    <message numerus="yes">
        <source>The card&apos;s answer has %n byte(s); a status word needs 2.</source>
        <translation>
            <numerusform>Mae gan ateb y cerdyn %n beit; mae angen 2 ar air statws.</numerusform>
            <numerusform>Mae gan ateb y cerdyn %n beit; mae angen 2 ar air statws.</numerusform>
            <numerusform>Mae gan ateb y cerdyn %n beit; mae angen 2 ar air statws.</numerusform>
            <numerusform>Mae gan ateb y cerdyn %n beit; mae angen 2 ar air statws.</numerusform>
            <numerusform>Mae gan ateb y cerdyn %n beit; mae angen 2 ar air statws.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the trust anchor file %1.</source>
        <translation>Nid oes modd darllen y ffeil angor ymddiriedaeth %1.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 holds a certificate OpenSSL refuses.</source>
        <translation>Mae&apos;r ffeil angor ymddiriedaeth %1 yn cynnwys tystysgrif y mae OpenSSL yn ei gwrthod.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 holds no PEM certificate.</source>
        <translation>Nid yw&apos;r ffeil angor ymddiriedaeth %1 yn cynnwys tystysgrif PEM.</translation>
    </message>
    <message>
        <source>The trust anchor path %1 does not exist.</source>
        <translation>Nid yw&apos;r llwybr angor ymddiriedaeth %1 yn bodoli.</translation>
    </message>
    <message>
        <source>No trust anchor certificate was found in %1.</source>
        <translation>Ni chanfuwyd tystysgrif angor ymddiriedaeth yn %1.</translation>
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
    <name>cw::store</name>
    <message>
        <source>cache_key_provider is keyfile but cache_key_file is not set.</source>
        <translation>Mae cache_key_provider yn keyfile ond nid yw cache_key_file wedi&apos;i osod.</translation>
    </message>
    <message>
        <source>No key provider is available for the offline cache (cache_key_provider=&quot;%1&quot;). The cache is never kept unencrypted; ask IT to configure a key provider.</source>
        <translation>Nid oes darparwr allwedd ar gael ar gyfer y storfa all-lein (cache_key_provider=&quot;%1&quot;). Ni chedwir y storfa heb ei hamgryptio byth; gofynnwch i TG osod darparwr allwedd.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1), so the offline cache key is not available. Ask IT to check the keychain service, or configure cache_key_provider=keyfile.</source>
        <translation>Ni ellir cyrraedd keychain y system (%1), felly nid yw allwedd y storfa all-lein ar gael. Gofynnwch i TG wirio gwasanaeth y keychain, neu osod cache_key_provider=keyfile.</translation>
    </message>
    <message>
        <source>The system keychain holds no offline cache key for this account. Set up this workstation again with &quot;cwctl cache init&quot;.</source>
        <translation>Nid oes allwedd storfa all-lein ar gyfer y cyfrif hwn yn keychain y system. Gosodwch y weithfan hon eto gyda &quot;cwctl cache init&quot;.</translation>
    </message>
    <message>
        <source>The offline cache key in the system keychain is not a cache key.</source>
        <translation>Nid allwedd storfa yw allwedd y storfa all-lein yn keychain y system.</translation>
    </message>
    <message>
        <source>The cache key file %1 does not exist. Without it the offline cache cannot be opened. Ask IT to restore it, or set up this workstation again with &quot;cwctl cache init&quot;.</source>
        <translation>Nid yw ffeil allwedd y storfa %1 yn bodoli. Hebddi ni ellir agor y storfa all-lein. Gofynnwch i TG ei hadfer, neu gosodwch y weithfan hon eto gyda &quot;cwctl cache init&quot;.</translation>
    </message>
    <message>
        <source>The cache key file %1 cannot be opened (%2).</source>
        <translation>Ni ellir agor ffeil allwedd y storfa %1 (%2).</translation>
    </message>
    <message>
        <source>The cache key file %1 is not a regular file.</source>
        <translation>Nid yw ffeil allwedd y storfa %1 yn ffeil gyffredin.</translation>
    </message>
    <message>
        <source>The cache key file %1 belongs to another user. It must belong to the account that runs the workstation.</source>
        <translation>Mae ffeil allwedd y storfa %1 yn perthyn i ddefnyddiwr arall. Rhaid iddi berthyn i&apos;r cyfrif sy&apos;n rhedeg y weithfan.</translation>
    </message>
    <message>
        <source>The cache key file %1 can be read or changed by other users. Restrict it to its owner (chmod 600) and ask IT whether the key must be replaced.</source>
        <translation>Gall defnyddwyr eraill ddarllen neu newid ffeil allwedd y storfa %1. Cyfyngwch hi i&apos;w pherchennog (chmod 600) a gofynnwch i TG a oes rhaid newid yr allwedd.</translation>
    </message>
    <message>
        <source>The cache key file %1 is not a cache key (it must hold exactly %2 bytes).</source>
        <translation>Nid allwedd storfa yw ffeil %1 (rhaid iddi ddal union %2 beit).</translation>
    </message>
    <message>
        <source>The cache key file %1 could not be read.</source>
        <translation>Ni ellid darllen ffeil allwedd y storfa %1.</translation>
    </message>
    <message>
        <source>The folder for the cache key file %1 cannot be created.</source>
        <translation>Ni ellir creu&apos;r ffolder ar gyfer ffeil allwedd y storfa %1.</translation>
    </message>
    <message>
        <source>The cache key file %1 cannot be written.</source>
        <translation>Ni ellir ysgrifennu ffeil allwedd y storfa %1.</translation>
    </message>
    <message>
        <source>The offline cache could not be updated (%1). Nothing was half-written; try again, and call IT if it keeps happening.</source>
        <translation>Ni ellid diweddaru&apos;r storfa all-lein (%1). Ni hanner-ysgrifennwyd dim; rhowch gynnig arall arni, a ffoniwch TG os yw&apos;n dal i ddigwydd.</translation>
    </message>
    <message>
        <source>There is no offline cache at %1.</source>
        <translation>Nid oes storfa all-lein yn %1.</translation>
    </message>
    <message>
        <source>The folder for the offline cache %1 cannot be created.</source>
        <translation>Ni ellir creu&apos;r ffolder ar gyfer y storfa all-lein %1.</translation>
    </message>
    <message>
        <source>The file %1 is an unencrypted database, not an offline cache. It has not been opened or changed; ask IT to remove it.</source>
        <translation>Cronfa ddata heb ei hamgryptio yw&apos;r ffeil %1, nid storfa all-lein. Nid yw wedi&apos;i hagor na&apos;i newid; gofynnwch i TG ei thynnu.</translation>
    </message>
    <message>
        <source>Encryption is not available for the offline cache, so it will not be used.</source>
        <translation>Nid oes amgryptio ar gael ar gyfer y storfa all-lein, felly ni chaiff ei defnyddio.</translation>
    </message>
    <message>
        <source>The offline cache %1 cannot be opened (%2).</source>
        <translation>Ni ellir agor y storfa all-lein %1 (%2).</translation>
    </message>
    <message>
        <source>The offline cache %1 cannot be read with this workstation&apos;s key (wrong key or a damaged file), and it could not be moved aside. Call IT.</source>
        <translation>Ni ellir darllen y storfa all-lein %1 gydag allwedd y weithfan hon (allwedd anghywir neu ffeil wedi&apos;i difrodi), ac ni ellid ei symud o&apos;r neilltu. Ffoniwch TG.</translation>
    </message>
    <message>
        <source>The offline cache cannot be read with this workstation&apos;s key (wrong key or a damaged file). It has been kept, moved to %1, because it may hold changes not yet sent. Call IT; a new cache will be made when you start again.</source>
        <translation>Ni ellir darllen y storfa all-lein gydag allwedd y weithfan hon (allwedd anghywir neu ffeil wedi&apos;i difrodi). Mae wedi&apos;i chadw, wedi&apos;i symud i %1, oherwydd gall ddal newidiadau nad ydynt wedi&apos;u hanfon eto. Ffoniwch TG; caiff storfa newydd ei gwneud pan fyddwch yn dechrau eto.</translation>
    </message>
    <message>
        <source>The offline cache %1 was written by a newer version of Clinical Workstation (schema %2). It has not been changed; update this workstation.</source>
        <translation>Ysgrifennwyd y storfa all-lein %1 gan fersiwn mwy newydd o&apos;r Weithfan Glinigol (sgema %2). Nid yw wedi&apos;i newid; diweddarwch y weithfan hon.</translation>
    </message>
    <message>
        <source>The offline cache %1 cannot be prepared (%2). It has not been deleted; call IT.</source>
        <translation>Ni ellir paratoi&apos;r storfa all-lein %1 (%2). Nid yw wedi&apos;i dileu; ffoniwch TG.</translation>
    </message>
    <message>
        <source>The offline cache %1 is not encrypted; it will not be used.</source>
        <translation>Nid yw&apos;r storfa all-lein %1 wedi&apos;i hamgryptio; ni chaiff ei defnyddio.</translation>
    </message>
    <message>
        <source>This record is not in the offline cache, so the change cannot be saved.</source>
        <translation>Nid yw&apos;r cofnod hwn yn y storfa all-lein, felly ni ellir cadw&apos;r newid.</translation>
    </message>
    <message>
        <source>This record is not in the offline cache, so it cannot be deleted.</source>
        <translation>Nid yw&apos;r cofnod hwn yn y storfa all-lein, felly ni ellir ei ddileu.</translation>
    </message>
    <message>
        <source>The change to send is no longer waiting.</source>
        <translation>Nid yw&apos;r newid i&apos;w anfon yn aros mwyach.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Mae&apos;r gwrthdaro hwn eisoes wedi&apos;i ddatrys.</translation>
    </message>
    <message>
        <source>This change is no longer waiting here: it has been sent or discarded already.</source>
        <translation>Nid yw&apos;r newid hwn yn aros yma mwyach: mae wedi&apos;i anfon neu ei ddileu eisoes.</translation>
    </message>
</context>
<context>
    <name>cw::sync</name>
    <message>
        <source>FHIR server not reachable: %1</source>
        <translation>Nid oes modd cyrraedd y gweinydd FHIR: %1</translation>
    </message>
    <message>
        <source>The sync stopped because the FHIR server did not answer as expected (%1). Changes wait in the offline cache and go with the next sync.</source>
        <translation>Daeth y cysoni i ben oherwydd nad atebodd y gweinydd FHIR fel y disgwyl (%1). Mae newidiadau&apos;n aros yn y storfa all-lein a byddant yn mynd gyda&apos;r cysoni nesaf.</translation>
    </message>
    <message>
        <source>The sync stopped because the offline cache could not be written: %1</source>
        <translation>Daeth y cysoni i ben oherwydd na ellid ysgrifennu i&apos;r storfa all-lein: %1</translation>
    </message>
    <message>
        <source>The FHIR server refused the audit records; they wait in the offline cache.</source>
        <translation>Gwrthododd y gweinydd FHIR y cofnodion archwilio; maen nhw&apos;n aros yn y storfa all-lein.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Mae cysoni eisoes yn rhedeg.</translation>
    </message>
</context>
<context>
    <name>cw::ui::BannerText</name>
    <message>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
    <message>
        <source>%1w %2d</source>
        <translation>%1w %2d</translation>
    </message>
    <message>
        <source>%1m %2d</source>
        <translation>%1m %2d</translation>
    </message>
    <message>
        <source>%1y %2m</source>
        <translation>%1bl %2m</translation>
    </message>
    <message>
        <source>%1y</source>
        <translation>%1bl</translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentViewerLoader</name>
    <message>
        <source>Documents cannot be shown because the document viewer is missing from this installation. Ask IT to repair the Clinical Workstation installation.</source>
        <translation>Ni ellir dangos dogfennau oherwydd bod y gwyliwr dogfennau ar goll o&apos;r gosodiad hwn. Gofynnwch i TG atgyweirio gosodiad y Weithfan Glinigol.</translation>
    </message>
</context>
<context>
    <name>cw::ui::Freshness</name>
    <message>
        <source>online</source>
        <translation>ar-lein</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>all-lein</translation>
    </message>
    <message>
        <source>connection not checked yet</source>
        <translation>cysylltiad heb ei wirio eto</translation>
    </message>
    <message>
        <source>Not yet synced with the server: showing only what this workstation holds — %1</source>
        <translation>Heb gysoni â&apos;r gweinydd eto: yn dangos yr hyn sydd gan y weithfan hon yn unig — %1</translation>
    </message>
    <message>
        <source>Data as of %1 — %2</source>
        <translation>Data ar %1 — %2</translation>
    </message>
</context>
<context>
    <name>cw::ui::PatientBanner</name>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Gender not recorded</source>
        <translation>Rhywedd heb ei gofnodi</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Enw heb ei gofnodi</translation>
    </message>
    <message>
        <source>Date of birth not recorded</source>
        <translation>Dyddiad geni heb ei gofnodi</translation>
    </message>
    <message>
        <source>substance not recorded</source>
        <translation>sylwedd heb ei gofnodi</translation>
    </message>
    <message>
        <source>Allergies not recorded</source>
        <translation>Alergeddau heb eu cofnodi</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Dim alergeddau hysbys</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Alergeddau: %1</translation>
    </message>
    <message>
        <source>NHS No. %1</source>
        <translation>Rhif GIG %1</translation>
    </message>
    <message>
        <source>NHS No. not valid — check identity</source>
        <translation>Rhif GIG ddim yn ddilys — gwiriwch hunaniaeth</translation>
    </message>
    <message>
        <source>No NHS No. recorded</source>
        <translation>Dim Rhif GIG wedi&apos;i gofnodi</translation>
    </message>
</context>
</TS>
