// The sign-in screen's pages, driven as the session manager and a user
// would: what each page says, the PIN field's rules and wiping, the role
// picker by keyboard, the lock screen's discretion and accessible names.
#include "app/BuiltInModules.h"
#include "app/CardProblem.h"
#include "app/SignInScreen.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/IniConfigReader.h"
#include "core/module/ModuleRegistry.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QValidator>

using namespace cw;

namespace {

config::EffectiveConfig testConfig() {
  return config::EffectiveConfig::resolve({config::parseIniLayer(
      config::ConfigSource::Machine, QStringLiteral("/etc/clinical-workstation/workstation.conf"),
      "fhir_base_url=https://fhir.example.nhs.uk/R4\noidc_issuer=https://idp.example.nhs.uk\n"
      "oidc_client_id=cw\n")});
}

identity::RoleAssignment role(const char* id, const char* name, const char* orgCode, const char* orgName) {
  identity::RoleAssignment assignment;
  assignment.roleProfileId = QString::fromUtf8(id);
  assignment.roleName = QString::fromUtf8(name);
  assignment.orgCode = QString::fromUtf8(orgCode);
  assignment.orgName = QString::fromUtf8(orgName);
  return assignment;
}

const QList<identity::RoleAssignment> kRoles{
    role("555000001108", "Staff nurse, Ward 9", "RZZ", "Riverside University Hospitals NHS Trust"),
    role("555000001109", "Matron, Medicine", "RZZ", "Riverside University Hospitals NHS Trust"),
    role("555000001110", "Practice nurse", "Z99902", "Castle Street Surgery"),
};

}  // namespace

class TestSignInScreen : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { shell::registerBuiltInModules(m_registry); }

  void init() {
    m_screen = std::make_unique<shell::SignInScreen>(m_config, m_registry.visibleTo(nullptr));
    m_screen->resize(1280, 800);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
  }
  void cleanup() { m_screen.reset(); }

  void startsAtInsertCard() {
    QCOMPARE(currentPage()->objectName(), QStringLiteral("insertCardPage"));
    QVERIFY(visibleText().contains(QStringLiteral("Insert your smartcard")));
    QVERIFY(!label("insertCardPageNotice")->isVisibleTo(m_screen.get()));
  }

  void insertCardShowsNotice() {
    const QString notice = QStringLiteral("No card reader is connected.");
    m_screen->showInsertCard(notice);
    QVERIFY(visibleText().contains(notice));
    m_screen->showInsertCard();
    QVERIFY(!visibleText().contains(notice));
  }

  void everyPageOffersWorkstationStatus_data() { pages(); }
  void everyPageOffersWorkstationStatus() {
    QFETCH(QString, page);
    showPage(page);
    QCOMPARE(currentPage()->objectName(), page);
    auto* status = m_screen->findChild<QPushButton*>(QStringLiteral("open_status"));
    QVERIFY(status);
    QVERIFY(status->isVisibleTo(m_screen.get()));
    QSignalSpy requested(m_screen.get(), &shell::SignInScreen::moduleRequested);
    QTest::mouseClick(status, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
  }

  void everyControlHasAnAccessibleName_data() { pages(); }
  void everyControlHasAnAccessibleName() {
    QFETCH(QString, page);
    showPage(page);
    int controls = 0;
    for (QWidget* widget : currentPage()->findChildren<QWidget*>()) {
      if (!widget->isVisibleTo(m_screen.get()) || widget->focusPolicy() == Qt::NoFocus) {
        continue;
      }
      QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
      QVERIFY(accessible);
      QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), qPrintable(widget->objectName()));
      ++controls;
    }
    QVERIFY(controls > 0 || page == QStringLiteral("insertCardPage") ||
            page == QStringLiteral("cardProblemPage"));
    auto* indicator = m_screen->findChild<QProgressBar*>(QStringLiteral("busyIndicator"));
    if (indicator->isVisibleTo(m_screen.get())) {
      QCOMPARE(indicator->accessibleName(), QStringLiteral("Checking your card…"));
    }
  }

  void cardProblemsSayWhatHappenedAndWhatToDo_data() {
    QTest::addColumn<shell::CardProblem>("problem");
    QTest::newRow("not PIV") << shell::CardProblem::NotPiv;
    QTest::newRow("expired") << shell::CardProblem::CertificateExpired;
    QTest::newRow("untrusted") << shell::CardProblem::CertificateUntrusted;
    QTest::newRow("blocked") << shell::CardProblem::Blocked;
    QTest::newRow("mismatch") << shell::CardProblem::IdentityMismatch;
    QTest::newRow("no roles") << shell::CardProblem::NoRoles;
  }
  void cardProblemsSayWhatHappenedAndWhatToDo() {
    QFETCH(shell::CardProblem, problem);
    const shell::CardProblemText text = shell::cardProblemText(problem);
    QVERIFY(!text.title.isEmpty());
    QVERIFY(text.whatToDo.size() > text.title.size());
    m_screen->showCardProblem(text.title, text.whatToDo);
    QCOMPARE(currentPage()->objectName(), QStringLiteral("cardProblemPage"));
    QVERIFY(visibleText().contains(text.title));
    QVERIFY(visibleText().contains(text.whatToDo));
  }

  void blockedCardSaysWhyAndHowToUnblock() {
    const shell::CardProblemText text = shell::cardProblemText(shell::CardProblem::Blocked);
    m_screen->showCardProblem(text.title, text.whatToDo);
    QCOMPARE(label("cardProblemPageHeading")->text(), QStringLiteral("Your smartcard is blocked"));
    const QString body = label("cardProblemPageText")->text();
    QVERIFY2(body.contains(QLatin1String("wrong PIN was entered 3 times")), qPrintable(body));
    QVERIFY(body.contains(QLatin1String("https://digital.nhs.uk/unlock")));
    QVERIFY(body.contains(QLatin1String("registration authority")));
  }

  void pinFieldAcceptsSixToEightDigits_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<bool>("canSignIn");
    QTest::newRow("empty") << ""
                           << "" << false;
    QTest::newRow("5 digits") << "12345"
                              << "12345" << false;
    QTest::newRow("6 digits") << "123456"
                              << "123456" << true;
    QTest::newRow("7 digits") << "1234567"
                              << "1234567" << true;
    QTest::newRow("8 digits") << "12345678"
                              << "12345678" << true;
    QTest::newRow("9th digit refused") << "123456789"
                                       << "12345678" << true;
    QTest::newRow("letters refused") << "abcdef"
                                     << "" << false;
    QTest::newRow("letters among digits") << "12a34b56"
                                          << "123456" << true;
    QTest::newRow("space refused") << "123 456"
                                   << "123456" << true;
  }
  void pinFieldAcceptsSixToEightDigits() {
    QFETCH(QString, typed);
    QFETCH(QString, kept);
    QFETCH(bool, canSignIn);
    m_screen->showPinEntry(QStringLiteral("Grace Adeyemi"), 3);
    QTest::keyClicks(pinField(), typed);
    QCOMPARE(pinField()->text(), kept);
    QCOMPARE(button("pinSignIn")->isEnabled(), canSignIn);
  }

  void pinValidatorRejectsWhatCannotBeAPin_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("state");
    QTest::newRow("5 digits") << "12345" << int(QValidator::Intermediate);
    QTest::newRow("6 digits") << "123456" << int(QValidator::Acceptable);
    QTest::newRow("8 digits") << "12345678" << int(QValidator::Acceptable);
    QTest::newRow("9 digits") << "123456789" << int(QValidator::Invalid);
    QTest::newRow("letters") << "12345a" << int(QValidator::Invalid);
    QTest::newRow("Arabic-Indic digits") << "١٢٣٤٥٦" << int(QValidator::Invalid);
  }
  void pinValidatorRejectsWhatCannotBeAPin() {
    QFETCH(QString, input);
    QFETCH(int, state);
    int position = 0;
    QCOMPARE(int(pinField()->validator()->validate(input, position)), state);
  }

  void pinFieldIsMaskedAndFocused() {
    m_screen->showPinEntry(QStringLiteral("Grace Adeyemi"), 3);
    QCOMPARE(pinField()->echoMode(), QLineEdit::Password);
    QCOMPARE(QApplication::focusWidget(), pinField());
    QVERIFY(
        visibleText().contains(QStringLiteral("Grace Adeyemi, enter the PIN of your smartcard to sign in.")));
  }

  void enterSubmitsOnlyAValidPin() {
    QSignalSpy submitted(m_screen.get(), &shell::SignInScreen::pinSubmitted);
    m_screen->showPinEntry(QStringLiteral("Grace Adeyemi"), 3);
    QTest::keyClicks(pinField(), QStringLiteral("12345"));
    QTest::keyClick(pinField(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);
    QTest::keyClicks(pinField(), QStringLiteral("6"));
    QTest::keyClick(pinField(), Qt::Key_Enter);
    QCOMPARE(submitted.count(), 1);
    QTest::mouseClick(button("pinSignIn"), Qt::LeftButton);
    QCOMPARE(submitted.count(), 2);
  }

  void escapeCancels_data() { pagesWithCancel(); }
  void escapeCancels() {
    QFETCH(QString, page);
    showPage(page);
    QSignalSpy cancelled(m_screen.get(), &shell::SignInScreen::cancelRequested);
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY(currentPage()->isAncestorOf(focus));
    QTest::keyClick(focus, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
    QTest::mouseClick(button(qPrintable(page + QStringLiteral("Cancel"))), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 2);
  }

  void takePinReturnsItAndEmptiesTheField() {
    m_screen->showPinEntry(QStringLiteral("Grace Adeyemi"), 3);
    QTest::keyClicks(pinField(), QStringLiteral("123456"));
    const crypto::SecureBytes pin = m_screen->takePin();
    QVERIFY(pin.equals("123456"));
    QVERIFY(pinField()->text().isEmpty());
    QVERIFY(!pinField()->isUndoAvailable());
    QVERIFY(!button("pinSignIn")->isEnabled());
    QVERIFY(m_screen->takePin().isEmpty());
  }

  void showingThePinPageAgainEmptiesTheField() {
    m_screen->showPinEntry(QStringLiteral("Grace Adeyemi"), 3);
    QTest::keyClicks(pinField(), QStringLiteral("1234"));
    m_screen->showPinEntry(QStringLiteral("Grace Adeyemi"), 3);
    QVERIFY(pinField()->text().isEmpty());
  }

  void triesLeftWording_data() {
    QTest::addColumn<int>("triesLeft");
    QTest::addColumn<QString>("wording");
    QTest::addColumn<QString>("style");
    QTest::newRow("3") << 3 << "3 tries left"
                       << "hint";
    QTest::newRow("2") << 2 << "2 tries left"
                       << "hint";
    QTest::newRow("1") << 1 << "1 try left: the card locks after one more wrong PIN."
                       << "warning";
  }
  void triesLeftWording() {
    QFETCH(int, triesLeft);
    QFETCH(QString, wording);
    QFETCH(QString, style);
    m_screen->showPinEntry(QStringLiteral("Grace Adeyemi"), triesLeft);
    QLabel* tries = label("pinTriesLeft");
    QVERIFY(tries->isVisibleTo(m_screen.get()));
    QCOMPARE(tries->text(), wording);
    QCOMPARE(tries->property("cwStyle").toString(), style);
    QCOMPARE(pinField()->accessibleDescription(), wording);
  }

  void unknownTriesLeftIsNotShown() {
    m_screen->showPinEntry(QStringLiteral("Grace Adeyemi"), -1);
    QVERIFY(!label("pinTriesLeft")->isVisibleTo(m_screen.get()));
  }

  void wrongPinIsShownAndAnnounced() {
    m_screen->showPinEntry(QStringLiteral("Grace Adeyemi"), 3);
    QVERIFY(!label("pinError")->isVisibleTo(m_screen.get()));
    m_screen->showPinEntry(QStringLiteral("Grace Adeyemi"), 2, QStringLiteral("Wrong PIN."));
    QVERIFY(label("pinError")->isVisibleTo(m_screen.get()));
    QCOMPARE(label("pinError")->text(), QStringLiteral("Wrong PIN."));
    QCOMPARE(pinField()->accessibleDescription(), QStringLiteral("Wrong PIN. 2 tries left"));
    QCOMPARE(QApplication::focusWidget(), pinField());
  }

  void busyPageShowsMessageAndCancels() {
    m_screen->showBusy(QStringLiteral("Signing in…"));
    QCOMPARE(label("busyPageHeading")->text(), QStringLiteral("Signing in…"));
    QVERIFY(m_screen->findChild<QProgressBar*>(QStringLiteral("busyIndicator"))->isVisibleTo(m_screen.get()));
    QSignalSpy cancelled(m_screen.get(), &shell::SignInScreen::cancelRequested);
    QTest::mouseClick(button("busyPageCancel"), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
  }

  void loginPageHostsTheProvidedViewAndReplacesIt() {
    QPointer<QWidget> first = new QLineEdit;
    m_screen->showLoginPage(first);
    QCOMPARE(currentPage()->objectName(), QStringLiteral("loginPage"));
    QVERIFY(visibleText().contains(QStringLiteral("Signing in with your smartcard")));
    QVERIFY(first->isVisibleTo(m_screen.get()));
    QCOMPARE(QApplication::focusWidget(), first.data());

    m_screen->showLoginPage(first);  // the same view again stays
    QVERIFY(first);
    QPointer<QWidget> second = new QLineEdit;
    m_screen->showLoginPage(second);
    QVERIFY(!first);
    delete second;  // the caller may end the login page itself
    m_screen->showBusy(QStringLiteral("Signing in…"));
    QPointer<QWidget> third = new QLineEdit;
    m_screen->showLoginPage(third);
    QVERIFY(third->isVisibleTo(m_screen.get()));
  }

  void rolePickerListsRoleAndOrganisation() {
    m_screen->showRolePicker(kRoles, QStringLiteral("Siân Morgan-Evans"));
    auto* list = roleList();
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(2)->text(), QStringLiteral("Practice nurse\nCastle Street Surgery (Z99902)"));
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(QApplication::focusWidget(), list);
    QVERIFY(visibleText().contains(QStringLiteral(
        "Siân Morgan-Evans, you have more than one role. Choose the one you are working in now.")));
  }

  void rolePickerChoosesByKeyboard_data() {
    QTest::addColumn<int>("downPresses");
    QTest::addColumn<QString>("roleProfileId");
    QTest::newRow("first") << 0 << "555000001108";
    QTest::newRow("second") << 1 << "555000001109";
    QTest::newRow("last") << 2 << "555000001110";
    QTest::newRow("past the end") << 5 << "555000001110";
  }
  void rolePickerChoosesByKeyboard() {
    QFETCH(int, downPresses);
    QFETCH(QString, roleProfileId);
    m_screen->showRolePicker(kRoles, QStringLiteral("Siân Morgan-Evans"));
    QSignalSpy chosen(m_screen.get(), &shell::SignInScreen::roleChosen);
    for (int i = 0; i < downPresses; ++i) {
      QTest::keyClick(roleList(), Qt::Key_Down);
    }
    QTest::keyClick(roleList(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), roleProfileId);
  }

  void rolePickerChoosesByDoubleClickAndContinue() {
    m_screen->showRolePicker(kRoles, QStringLiteral("Siân Morgan-Evans"));
    QSignalSpy chosen(m_screen.get(), &shell::SignInScreen::roleChosen);
    QListWidget* list = roleList();
    const QRect second = list->visualItemRect(list->item(1));
    // A double-click arrives after the first click's press, as from a real mouse.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("555000001109"));
    list->setCurrentRow(2);
    QTest::mouseClick(button("roleContinue"), Qt::LeftButton);
    QCOMPARE(chosen.at(1).at(0).toString(), QStringLiteral("555000001110"));
  }

  void lockedShowsTheNameOnly() {
    m_screen->showLocked(QStringLiteral("Siân Morgan-Evans"));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("lockedPage"));
    const QStringList shown = visibleText();
    const QStringList expected{
        QStringLiteral("Clinical Workstation"),
        QStringLiteral("Workstation locked"),
        QStringLiteral("Siân Morgan-Evans is signed in. Insert your smartcard and enter your PIN to unlock.\n"
                       "Patient information is hidden while the workstation is locked."),
        QStringLiteral("Sign out Siân Morgan-Evans"),
        QStringLiteral("Workstation status"),
    };
    QCOMPARE(shown, expected);
    QSignalSpy signOut(m_screen.get(), &shell::SignInScreen::signOutRequested);
    QTest::mouseClick(button("signOut"), Qt::LeftButton);
    QCOMPARE(signOut.count(), 1);
  }

  void lockedShowsNotice() {
    const QString notice = QStringLiteral("No card reader is connected.");
    m_screen->showLocked(QStringLiteral("Siân Morgan-Evans"), notice);
    QVERIFY(visibleText().contains(notice));
  }

  void invalidConfigurationStaysShown() {
    const auto bad = config::EffectiveConfig::resolve({config::parseIniLayer(
        config::ConfigSource::Machine, QStringLiteral("/etc/clinical-workstation/workstation.conf"),
        "card_removal=ignore\n")});
    shell::SignInScreen screen(bad, {});
    screen.show();
    screen.showPinEntry(QStringLiteral("Grace Adeyemi"), 3);
    auto* problems = screen.findChild<QLabel*>(QStringLiteral("configProblems"));
    QVERIFY(problems);
    QVERIFY(problems->isVisibleTo(&screen));
  }

 private:
  static void pages() {
    QTest::addColumn<QString>("page");
    for (const char* page : {"insertCardPage", "cardProblemPage", "pinPage", "busyPage", "loginPage",
                             "rolePage", "lockedPage"}) {
      QTest::newRow(page) << QString::fromLatin1(page);
    }
  }
  static void pagesWithCancel() {
    QTest::addColumn<QString>("page");
    for (const char* page : {"pinPage", "busyPage", "loginPage", "rolePage"}) {
      QTest::newRow(page) << QString::fromLatin1(page);
    }
  }

  void showPage(const QString& page) {
    if (page == QLatin1String("insertCardPage")) {
      m_screen->showInsertCard();
    } else if (page == QLatin1String("cardProblemPage")) {
      m_screen->showCardProblem(QStringLiteral("Your smartcard has expired"),
                                QStringLiteral("Ask for a new one."));
    } else if (page == QLatin1String("pinPage")) {
      m_screen->showPinEntry(QStringLiteral("Grace Adeyemi"), 3);
    } else if (page == QLatin1String("busyPage")) {
      m_screen->showBusy(QStringLiteral("Checking your card…"));
      button("busyPageCancel")->setFocus();
    } else if (page == QLatin1String("loginPage")) {
      auto* view = new QLineEdit;
      view->setAccessibleName(QStringLiteral("Login page"));
      m_screen->showLoginPage(view);
    } else if (page == QLatin1String("rolePage")) {
      m_screen->showRolePicker(kRoles, QStringLiteral("Siân Morgan-Evans"));
    } else {
      m_screen->showLocked(QStringLiteral("Siân Morgan-Evans"));
    }
  }

  QWidget* currentPage() const {
    return m_screen->findChild<QStackedWidget*>(QStringLiteral("signInPages"))->currentWidget();
  }

  // Every piece of text a person could read on the screen now.
  QStringList visibleText() const {
    QStringList texts;
    for (QWidget* widget : m_screen->findChildren<QWidget*>()) {
      if (!widget->isVisibleTo(m_screen.get())) {
        continue;
      }
      if (auto* label = qobject_cast<QLabel*>(widget)) {
        texts.append(label->text());
      } else if (auto* button = qobject_cast<QPushButton*>(widget)) {
        texts.append(button->text());
      }
    }
    return texts;
  }

  QLabel* label(const char* name) const {
    auto* found = m_screen->findChild<QLabel*>(QLatin1String(name));
    if (found == nullptr) {
      qFatal("no label %s", name);
    }
    return found;
  }
  QPushButton* button(const char* name) const {
    auto* found = m_screen->findChild<QPushButton*>(QLatin1String(name));
    if (found == nullptr) {
      qFatal("no button %s", name);
    }
    return found;
  }
  QLineEdit* pinField() const { return m_screen->findChild<QLineEdit*>(QStringLiteral("pinField")); }
  QListWidget* roleList() const { return m_screen->findChild<QListWidget*>(QStringLiteral("roleList")); }

  module::ModuleRegistry m_registry;
  const config::EffectiveConfig m_config = testConfig();
  std::unique_ptr<shell::SignInScreen> m_screen;
};

QTEST_MAIN(TestSignInScreen)
#include "tst_signinscreen.moc"
