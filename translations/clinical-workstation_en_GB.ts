<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>cw::changes</name>
    <message>
        <source>Refused with no explanation (code: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a patient&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient not in this cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::changes::ChangesView</name>
    <message>
        <source>Changes not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not sent cannot be shown: this workstation&apos;s encrypted cache could not be opened. Ask IT to check the Workstation status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::changes::ConflictsPanel</name>
    <message>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s copy changed while a change made here was waiting to be sent. Nothing has been overwritten: compare both versions and choose which to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine (send my version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: nothing is waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here; the server has changed it since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server; it was changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions hold the same content; only their version numbers differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the version on this workstation of %1 and send it? The server&apos;s version will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s version of %1? The change made on this workstation will be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept your version of %1: it will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the server&apos;s version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::changes::ParkedPanel</name>
    <message>
        <source>The server refused these changes. They are kept here and hold nothing else back; what the server said tells you what to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes were refused by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be sent again at the next sync. If the server refuses it again, it comes back to this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send the change again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new record %1? It has not reached the server and will be lost: it will not be sent and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your change to %1? It has not reached the server and will be lost: it will not be sent, and the record goes back to the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to %1 was discarded; it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not discard the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>&quot;%1&quot; is not a range such as %2-%3: two numbers from %2 to %3 (at most %4 decimal places), the lower first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::identity</name>
    <message>
        <source>The sign-in came back to an unexpected address, so it was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider did not sign you in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer carries no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token is signed with a key the identity provider does not publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token lacks the &quot;%1&quot; claim or it is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token is signed with an algorithm this workstation does not accept. Only RS256, RS512 and ES256 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request for its signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s signing keys could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token names a signing algorithm that does not fit its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token&apos;s signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token was issued by another identity provider than the one configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token was issued for another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token was issued to another application (azp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token has expired. Check that this computer&apos;s clock is right, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token was issued in the future. Check that this computer&apos;s clock is right, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token does not carry the request&apos;s nonce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token was not issued for this sign-in (nonce mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not have exactly three parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header or payload is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part is not unpadded base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header names no algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header names no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header demands extensions this workstation does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider has not been contacted yet, or offers no such service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovery request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user information request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s user information could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s user information is about another user than the sign-in token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-out request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s discovery document is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider calls itself by another name than the configured issuer, so it cannot be trusted. Check the sign-on settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization, token or key set address is missing or not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider does not offer PKCE with S256, which this workstation requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to the identity provider was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider did not answer the %1 in time. Try again; if it keeps happening, tell the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider could not be reached for the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider had a problem with the %1 (HTTP %2). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without an explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider refused the %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, then take your card out and put it back to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smartcard service is not running, so cards cannot be read. It is being restarted; if this message stays, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card cannot be used to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your card out and put it back to try again; if this keeps happening, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card signs only while you are signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled. To try again, take your card out and put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out. Take your card out of the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s token answer lacks an access token of type Bearer or an ID token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected. Check that the reader is plugged in; if it is, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::observations</name>
    <message>
        <source>%1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is outside the plausible range %3 to %4: treat it as a typing error until it is confirmed. Check it, and confirm it if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiration rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air or oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consciousness (ACVPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not recorded: the set is incomplete, so there is no NEWS2 total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low–medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least every 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least every 4–6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous monitoring of vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue routine NEWS monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform a registered nurse, who must assess the patient and decide whether monitoring should be more frequent or care escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single parameter scored 3: the registered nurse informs the medical team caring for the patient, who review and decide whether to escalate care (urgent ward-based response).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent response: the registered nurse informs the medical team caring for the patient at once. Urgent assessment by a clinician or team competent in the assessment of acutely ill patients; care in a setting with monitoring facilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency response: the registered nurse informs the medical team caring for the patient at once, at least at specialist registrar level. Emergency assessment by a team with critical-care competencies, including advanced airway management; consider transfer to level 2 or 3 care (HDU or ICU); care in a setting with monitoring facilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NEWS2 set holds a %1, not an Observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An observation in the NEWS2 set has no code, so what it records is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NEWS2 set holds two total scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NEWS2 total score gives SpO2 scores on both scales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NEWS2 total score has no whole-number value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded NEWS2 total does not match the chart for the observations recorded with it. Do not act on it: record the observations again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NEWS2 set holds two values for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not recorded as a quantity in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no readable value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blood pressure in the NEWS2 set has no systolic value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACVPU observation has no ACVPU level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded NEWS2 score for %1 does not match the chart. Do not act on it: record the observations again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NEWS2 total score does not list the score for %1 exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward medical team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent response team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical care outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 total 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 total 1–4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single NEWS2 parameter scored 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 urgent response threshold (total 5–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 emergency response threshold (total 7 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 total %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single parameter scored 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Say why escalation is not needed, in at least %n characters.</source>
        <translation>
            <numerusform>Say why escalation is not needed, in at least %n character.</numerusform>
            <numerusform>Say why escalation is not needed, in at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalation not needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: no observation has been entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the observations were taken cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set was not saved completely (%1 of %2 observations were): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observations were saved but the NEWS2 total was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set was saved but the escalation was not: %1. Escalate by phone now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the clinical reason for the SpO2 scale (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 Scale 2 from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 Scale 1 from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (score %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not recorded or not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic blood pressure: %1 mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NEWS2 observations recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <comment>ACVPU: alert</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <comment>ACVPU: new confusion</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <comment>ACVPU: responds to voice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <comment>ACVPU: responds to pain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <comment>ACVPU: unresponsive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respirations (per min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 Scale 1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 Scale 2 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic BP (mmHg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse (per min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consciousness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O₂</source>
        <comment>on oxygen, in a chart cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air</source>
        <comment>in a chart cell</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::observations::News2EntryForm</name>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen (any supplemental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type A or O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: New confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V: Responds to voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P: Responds to pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U: Unresponsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type A, C, V, P or U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmHg (not scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this value is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air or oxygen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 2 (target 88–92%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 scale in force: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter also saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one value to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or confirm the values marked &quot;Check value&quot; to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Type digits only, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the plausible range: you have confirmed it is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SpO2 score depends on air or oxygen: choose one to score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1 (rounded to the chart&apos;s precision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Type digits only, for example 70.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic must be lower than systolic: check both values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single parameter scored 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum monitoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: no total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what was typed is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: check the value, or confirm that it is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::observations::ObservationsView</name>
    <message>
        <source>Observations (NEWS2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations are not available on this workstation: its encrypted cache could not be opened. Ask IT to check the Workstation status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient on the ward overview (or find them in Patient record) to record observations and see their chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::observations::PatientNews2Page</name>
    <message>
        <source>Record SpO2 scale decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation not needed (give the clinical reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason escalation is not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 Scale 1: no Scale 2 decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 %1 since %2, decided by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 2 (target 88–92%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving escalates this set to %1: %2. Response due within %n minutes of the time taken.</source>
        <translation>
            <numerusform>Saving escalates this set to %1: %2. Response due within %n minute of the time taken.</numerusform>
            <numerusform>Saving escalates this set to %1: %2. Response due within %n minutes of the time taken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save an incomplete set?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1.

An incomplete set has no NEWS2 total and cannot trigger an escalation. The next set will be due at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: NEWS2 %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as incomplete: no total. The next set is due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation recorded as not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::observations::ScaleDecisionDialog</name>
    <message>
        <source>Scale 1 (target 96% or above; most patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 2 (target 88–92%; hypercapnic respiratory failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 scale decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Type 2 respiratory failure confirmed on blood gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 2 is only for patients with a prescribed oxygen saturation target of 88–92%, such as in hypercapnic respiratory failure. The decision is recorded with your name, the time and your reason, and applies to every set from now on until it is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::observations::WardOverviewPage</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: no total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a single 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ESCALATED:
escalate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
response due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next set due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward NEWS2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wards are set up for this workstation (setting ward_locations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients on this ward in the workstation&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now
(set incomplete or missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE
by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::record</name>
    <message>
        <source>Untitled document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is no longer in the workstation&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is held in another system and is not stored on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is damaged and cannot be shown. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpatient or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid NHS number. Check the 10 digits and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an NHS number, or a name and a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name as well as the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of birth as well as the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of birth as day, month and year, for example 05/03/1956.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you need to see this record (at least %1 characters). Your reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosage not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active prescriptions: check for duplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a %1 value this viewer cannot show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::record::BreakGlassPanel</name>
    <message>
        <source>This record is restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s record is marked confidential. You can see who they are, but not their record. If you need it to care for them now, give your reason and open it. Your name, role, the time and your reason are recorded and reviewed by the Privacy Officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, for example: patient collapsed on the ward, need medication history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record and record my reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need to see this record?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::record::DocumentViewerPlugin</name>
    <message>
        <source>This document is of a kind (%1) that cannot be shown here. The system it came from may be able to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::record::DocumentsPanel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::record::FindPatientPage</name>
    <message>
        <source>for example 943 476 5919</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family or given name, or the start of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 05/03/1956</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient in this workstation&apos;s records matches. Check the details, or the patient may not be synced to this workstation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wards are set up for this workstation (setting ward_locations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients on this ward in the workstation&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::record::HtmlDocumentView</name>
    <message>
        <source>Links in documents are turned off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::record::ObservationsPanel</name>
    <message>
        <source>↑ rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No observations or results recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the most recent %1 observations; older ones are not included below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations in the record: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::record::PatientRecordPage</name>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find another patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened this confidential record by breaking the glass. This access and your reason have been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation does not sync: showing its own records only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encounters recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::record::PdfDocumentView</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF is locked with a password, so it cannot be shown here. The system it came from may be able to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be shown. The system it came from may hold a good copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::record::RecordView</name>
    <message>
        <source>Patient record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient records are not available on this workstation: its encrypted cache could not be opened. Ask IT to check the Workstation status page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::record::SummaryPanel</name>
    <message>
        <source>Flags and reasonable adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies and adverse reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies not recorded: ask the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active problems recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current medications recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell</name>
    <message>
        <source>This card cannot be used to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not an NHS smartcard. Take it out and insert your NHS smartcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your smartcard has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your registration authority to renew it. Until then, you cannot sign in with this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This smartcard is not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not issued by an NHS registration authority this workstation trusts. Take it out and insert your own NHS smartcard. If this is your card, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your smartcard is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong PIN was entered 3 times, so the card is blocked. To unblock it, go to https://digital.nhs.uk/unlock on another device, or ask your registration authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in stopped: the account does not match the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service returned a different person from the one on this card. Take the card out and try again. If it happens again, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no role to sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no role that lets you use this workstation. Ask your registration authority or your manager to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is switched off because this workstation&apos;s configuration has problems. Ask IT to open Workstation status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No smartcard can be accepted: this workstation has no trusted card authorities configured (setting %1). Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No smartcard can be accepted: the trusted card authorities could not be read (%1). Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in through the web browser cannot start: the workstation could not listen on 127.0.0.1 (%1). Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell::CardLoginSigner</name>
    <message>
        <source>The card signs only for the configured identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page sent a challenge the card will not sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not answer. Check it is still in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell::FirstSyncDialog</name>
    <message>
        <source>Setting up this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are being copied to this workstation for use offline. Until this finishes, a record may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records received: %1 · removed: %2 · changes sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell::LoginBrowserLoader</name>
    <message>
        <source>The sign-in browser is missing from this installation, so nobody can sign in. Ask IT to repair the Clinical Workstation installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell::LoginWebPage</name>
    <message>
        <source>The identity provider&apos;s certificate is not trusted (%1). Sign-in was stopped; tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider did not answer. Check the network, then take your card out and put it back to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly. Take your card out and put it back to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page tried to open %1, which is not the identity provider. Sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell::LoopbackAgent</name>
    <message>
        <source>Back to the Clinical Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Clinical Workstation is finishing your sign-in. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Clinical Workstation shows what happened and what to do. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has already signed once for this sign-in. Take your card out and put it back to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has ended. Start again at the workstation.</source>
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
        <source>NHS No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell::PinEntryPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcard PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (6 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the PIN on your smartcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, enter the PIN of your smartcard to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 try left: the card locks after one more wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <translation>
            <numerusform>%n try left</numerusform>
            <numerusform>%n tries left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::shell::RolePickerPage</name>
    <message>
        <source>Choose your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the arrow keys to pick a role, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs you in with the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, you have more than one role. Choose the one you are working in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
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
    <message numerus="yes">
        <source>%n change(s) waiting: sign in again to send them</source>
        <translation>
            <numerusform>%n change waiting: sign in again to send it</numerusform>
            <numerusform>%n changes waiting: sign in again to send them</numerusform>
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
    <name>cw::shell::SignInController</name>
    <message>
        <source>Reading your card…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell::SignInPage</name>
    <message>
        <source>Cancel</source>
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
        <source>Workstation locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in. Insert your smartcard and enter your PIN to unlock.
Patient information is hidden while the workstation is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert your smartcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your NHS smartcard in the card reader to sign in. You will then be asked for your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with your smartcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1&apos;s session. Anyone can also sign in by inserting their own smartcard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell::SystemBrowserLogin</name>
    <message>
        <source>No web browser could be opened to sign in. Tell IT: this workstation is set to sign in through the system browser (sign_in_browser=system).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::shell::SystemBrowserPage</name>
    <message>
        <source>Continue in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page of %1 has opened in your web browser and will use your smartcard. When you have finished there, this screen moves on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::smartcard</name>
    <message>
        <source>The card keeps announcing more data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s answer is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s data is malformed at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag longer than 3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported length form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value bytes announced, %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s certificate cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has no PIV application; it is not an NHS smartcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation has no source of random numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s signature does not match its certificate; the card may be forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s certificate is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s certificate has expired. Ask your Registration Authority to renew the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s certificate is not valid yet. Check the workstation&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was not issued by a trusted authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s certificate cannot be read or names no user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command APDU is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), a header needs 4</source>
        <translation>
            <numerusform>%n byte, a header needs 4</numerusform>
            <numerusform>%n bytes, a header needs 4</numerusform>
        </translation>
    </message>
    <message>
        <source>extended length is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lc says %1 data bytes but %2 bytes follow the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card service is not running (%1). Ask IT to check the smartcard service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was removed. Insert it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program reset the card. Enter your PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader is not connected (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not respond (%1). Check it is inserted the right way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card needs your PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is locked. Unlock it before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not hold this object or key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not support this command (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the command (status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s answer is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card stores its certificate compressed, which this workstation does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate object holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be 6 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response in the authentication template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SHA-256 digest has 32 bytes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s key uses an algorithm this workstation does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s key is not an uncompressed P-256 point (65 bytes starting 04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The card&apos;s answer has %n byte(s); a status word needs 2.</source>
        <translation>
            <numerusform>The card&apos;s answer has %n byte; a status word needs 2.</numerusform>
            <numerusform>The card&apos;s answer has %n bytes; a status word needs 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the trust anchor file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust anchor file %1 holds a certificate OpenSSL refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust anchor file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust anchor path %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trust anchor certificate was found in %1.</source>
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
    <name>cw::store</name>
    <message>
        <source>cache_key_provider is keyfile but cache_key_file is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key provider is available for the offline cache (cache_key_provider=&quot;%1&quot;). The cache is never kept unencrypted; ask IT to configure a key provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1), so the offline cache key is not available. Ask IT to check the keychain service, or configure cache_key_provider=keyfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds no offline cache key for this account. Set up this workstation again with &quot;cwctl cache init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache key in the system keychain is not a cache key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key file %1 does not exist. Without it the offline cache cannot be opened. Ask IT to restore it, or set up this workstation again with &quot;cwctl cache init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key file %1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key file %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key file %1 belongs to another user. It must belong to the account that runs the workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key file %1 can be read or changed by other users. Restrict it to its owner (chmod 600) and ask IT whether the key must be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key file %1 is not a cache key (it must hold exactly %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the cache key file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not be updated (%1). Nothing was half-written; try again, and call IT if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offline cache at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the offline cache %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an unencrypted database, not an offline cache. It has not been opened or changed; ask IT to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is not available for the offline cache, so it will not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache %1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache %1 cannot be read with this workstation&apos;s key (wrong key or a damaged file), and it could not be moved aside. Call IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache cannot be read with this workstation&apos;s key (wrong key or a damaged file). It has been kept, moved to %1, because it may hold changes not yet sent. Call IT; a new cache will be made when you start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache %1 was written by a newer version of Clinical Workstation (schema %2). It has not been changed; update this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache %1 cannot be prepared (%2). It has not been deleted; call IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache %1 is not encrypted; it will not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is not in the offline cache, so the change cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is not in the offline cache, so it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to send is no longer waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is no longer waiting here: it has been sent or discarded already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::sync</name>
    <message>
        <source>FHIR server not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped because the FHIR server did not answer as expected (%1). Changes wait in the offline cache and go with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped because the offline cache could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR server refused the audit records; they wait in the offline cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::BannerText</name>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1w %2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m %2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1y %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentViewerLoader</name>
    <message>
        <source>Documents cannot be shown because the document viewer is missing from this installation. Ask IT to repair the Clinical Workstation installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::Freshness</name>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet synced with the server: showing only what this workstation holds — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::PatientBanner</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substance not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS No. not valid — check identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NHS No. recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
