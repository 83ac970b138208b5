// cardsim behind the real pcscd and vpcd: a card inserted over the control
// socket shows up in PC/SC with its ATR, answers SELECT and GET DATA like a
// PIV card, gives garbage a status word without the daemon dying, and its
// removal reaches SCardGetStatusChange. PC/SC is called directly here, not
// through the smartcard library, so this tests the emulator alone.
#include "tests/support/CardSimProcess.h"
#include "tests/support/Pcscd.h"
#include "tools/cardsim/CardFile.h"

#include <QDeadlineTimer>
#include <QTest>

#include <winscard.h>

namespace {

constexpr DWORD kWaitMs = 5000;
const QByteArray kSelect = QByteArray::fromHex("00A404000BA000000308000010000100");

// One PC/SC context for a test, released at the end.
class PcscContext {
 public:
  PcscContext() { m_result = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_context); }
  ~PcscContext() {
    if (m_result == SCARD_S_SUCCESS) {
      SCardReleaseContext(m_context);
    }
  }
  bool valid() const { return m_result == SCARD_S_SUCCESS; }
  SCARDCONTEXT handle() const { return m_context; }

  // The full name of the vpcd reader with index `reader`, or empty.
  QByteArray readerName(int reader) const {
    const QByteArray wanted = "Virtual PCD 00 0" + QByteArray::number(reader);
    const QDeadlineTimer deadline(kWaitMs);
    // pcscd loads the vpcd driver shortly after its socket appears.
    while (!deadline.hasExpired()) {
      DWORD length = 0;
      if (SCardListReaders(m_context, nullptr, nullptr, &length) == SCARD_S_SUCCESS) {
        QByteArray names(static_cast<qsizetype>(length), '\0');
        if (SCardListReaders(m_context, nullptr, names.data(), &length) == SCARD_S_SUCCESS) {
          for (const QByteArray& name : names.split('\0')) {
            if (name.startsWith(wanted)) {
              return name;
            }
          }
        }
      }
      QTest::qWait(100);
    }
    return {};
  }

  // Waits until the reader's state has `flag` (SCARD_STATE_PRESENT or
  // SCARD_STATE_EMPTY); returns the ATR pcscd reports then.
  std::optional<QByteArray> waitFor(const QByteArray& reader, DWORD flag) const {
    SCARD_READERSTATE state{};
    state.szReader = reader.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    const QDeadlineTimer deadline(kWaitMs);
    while (!deadline.hasExpired()) {
      const LONG result = SCardGetStatusChange(m_context, 500, &state, 1);
      if (result == SCARD_S_SUCCESS && (state.dwEventState & flag)) {
        return QByteArray(reinterpret_cast<const char*>(state.rgbAtr), static_cast<qsizetype>(state.cbAtr));
      }
      state.dwCurrentState = state.dwEventState & ~SCARD_STATE_CHANGED;
    }
    return std::nullopt;
  }

 private:
  SCARDCONTEXT m_context = 0;
  LONG m_result = SCARD_E_NO_SERVICE;
};

// A connection to the card in one reader.
class PcscCard {
 public:
  PcscCard(const PcscContext& context, const QByteArray& reader) {
    m_result = SCardConnect(context.handle(), reader.constData(), SCARD_SHARE_SHARED,
                            SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &m_card, &m_protocol);
  }
  ~PcscCard() {
    if (m_result == SCARD_S_SUCCESS) {
      SCardDisconnect(m_card, SCARD_LEAVE_CARD);
    }
  }
  LONG result() const { return m_result; }

  QByteArray transmit(const QByteArray& apdu) const {
    unsigned char answer[MAX_BUFFER_SIZE];
    DWORD length = sizeof answer;
    const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    if (SCardTransmit(m_card, pci, reinterpret_cast<const unsigned char*>(apdu.constData()),
                      static_cast<DWORD>(apdu.size()), nullptr, answer, &length) != SCARD_S_SUCCESS) {
      return {};
    }
    return QByteArray(reinterpret_cast<const char*>(answer), static_cast<qsizetype>(length));
  }

  // Sends `apdu` and fetches the rest of the answer with GET RESPONSE.
  QByteArray exchange(const QByteArray& apdu) const {
    QByteArray answer = transmit(apdu);
    QByteArray data;
    while (answer.size() >= 2 && static_cast<quint8>(answer.at(answer.size() - 2)) == 0x61) {
      data += answer.chopped(2);
      answer = transmit(QByteArray::fromHex("00C00000") + answer.right(1));
    }
    return data + answer;
  }

 private:
  SCARDHANDLE m_card = 0;
  DWORD m_protocol = 0;
  LONG m_result = SCARD_E_NO_SERVICE;
};

QByteArray status(const QByteArray& answer) {
  return answer.right(2).toHex().toUpper();
}

}  // namespace

class TestCardSim : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(m_pcscd.ensureRunning(), qPrintable(m_pcscd.error()));
    QVERIFY2(m_cardsim.start(), qPrintable(m_cardsim.error()));
  }

  void insertedCardAnswersLikeAPivCard() {
    PcscContext context;
    QVERIFY(context.valid());
    const QByteArray reader = context.readerName(0);
    QVERIFY2(!reader.isEmpty(), "vpcd reader 0 is not listed");
    QVERIFY2(m_cardsim.insert(QStringLiteral("ward-nurse"), 0), qPrintable(m_cardsim.error()));
    const CardFile card = loadCard(QStringLiteral("ward-nurse"));

    const std::optional<QByteArray> atr = context.waitFor(reader, SCARD_STATE_PRESENT);
    QVERIFY2(atr, "the card did not appear");
    QCOMPARE(atr->toHex().toUpper(), card.atr.toHex().toUpper());

    PcscCard connection(context, reader);
    QCOMPARE(connection.result(), SCARD_S_SUCCESS);
    QCOMPARE(status(connection.exchange(kSelect)), QByteArray("9000"));
    const QByteArray object = connection.exchange(QByteArray::fromHex("00CB3FFF055C035FC10500"));
    QCOMPARE(status(object), QByteArray("9000"));
    const QByteArray certificate = card.key(0x9A)->certificateDer();
    QCOMPARE(object.mid(8, certificate.size()), certificate);

    // Garbage: every APDU gets a status word and the card keeps working.
    // (No one-byte APDUs: vpcd's protocol reads those as power controls.)
    const QList<QByteArray> garbage{QByteArray::fromHex("0000"),
                                    QByteArray::fromHex("00A404"),
                                    QByteArray::fromHex("FFFFFFFF"),
                                    QByteArray::fromHex("00A4040009A000"),
                                    QByteArray::fromHex("00870000FF") + QByteArray(255, '\x7C'),
                                    QByteArray::fromHex("10CB3FFF01FF"),
                                    QByteArray::fromHex("00C0000000"),
                                    QByteArray(300, '\xA5')};
    for (const QByteArray& apdu : garbage) {
      const QByteArray answer = connection.transmit(apdu);
      QVERIFY2(answer.size() == 2, qPrintable(QStringLiteral("%1 -> %2")
                                                  .arg(QString::fromLatin1(apdu.left(16).toHex()),
                                                       QString::fromLatin1(answer.toHex()))));
      QVERIFY(status(answer) != "9000" || apdu.at(0) == 0x10);
    }
    QCOMPARE(status(connection.exchange(kSelect)), QByteArray("9000"));
    QCOMPARE(m_cardsim.command(QStringLiteral("status")), QStringLiteral("ok 0=ward-nurse 1=empty"));

    QVERIFY2(m_cardsim.remove(0), qPrintable(m_cardsim.error()));
    QVERIFY2(context.waitFor(reader, SCARD_STATE_EMPTY), "the removal did not reach PC/SC");
  }

  void readersAreIndependent() {
    PcscContext context;
    QVERIFY(context.valid());
    const QByteArray second = context.readerName(1);
    QVERIFY(!second.isEmpty());
    QVERIFY2(m_cardsim.insert(QStringLiteral("pharmacist"), 1), qPrintable(m_cardsim.error()));
    QVERIFY(context.waitFor(second, SCARD_STATE_PRESENT));
    QVERIFY(context.waitFor(context.readerName(0), SCARD_STATE_EMPTY));
    QVERIFY(!m_cardsim.insert(QStringLiteral("gp"), 1));
    QVERIFY2(m_cardsim.error().contains(QStringLiteral("already holds pharmacist")),
             qPrintable(m_cardsim.error()));
    QVERIFY2(m_cardsim.remove(1), qPrintable(m_cardsim.error()));
    QVERIFY(context.waitFor(second, SCARD_STATE_EMPTY));
  }

  void controlErrors_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("answer");
    QTest::newRow("unknown persona") << "insert nobody 0"
                                     << "error no card \"nobody\"";
    QTest::newRow("path in persona") << "insert ../cards/gp 0"
                                     << "error no card \"../cards/gp\"";
    QTest::newRow("reader 2") << "insert gp 2"
                              << "error reader \"2\" is not 0 or 1";
    QTest::newRow("reader not a number") << "remove x"
                                         << "error reader \"x\" is not 0 or 1";
    QTest::newRow("remove empty reader") << "remove 0"
                                         << "error reader 0 is empty";
    QTest::newRow("unknown command") << "eject 0"
                                     << "error unknown command \"eject 0\"";
    QTest::newRow("insert without reader") << "insert gp"
                                           << "error unknown command \"insert gp\"";
    QTest::newRow("empty line") << ""
                                << "error unknown command \"\"";
  }

  void controlErrors() {
    QFETCH(QString, line);
    QFETCH(QString, answer);
    const QString reply = m_cardsim.command(line);
    QVERIFY2(reply.startsWith(answer), qPrintable(reply));
  }

  // pcscd restarting takes vpcd with it: the card counts as removed, and
  // once vpcd is back the same card can be inserted again.
  void survivesVpcdRestart() {
    if (!m_pcscd.ownsDaemon()) {
      QSKIP("a pcscd this test did not start is running; it will not be stopped");
    }
    QVERIFY2(m_cardsim.insert(QStringLiteral("gp"), 0), qPrintable(m_cardsim.error()));
    m_pcscd.stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_cardsim.command(QStringLiteral("status")),
                              QStringLiteral("ok 0=empty 1=empty"), 5000);
    QVERIFY(!m_cardsim.insert(QStringLiteral("gp"), 0));
    QVERIFY2(m_cardsim.error().contains(QStringLiteral("not reachable")), qPrintable(m_cardsim.error()));
    QVERIFY2(m_pcscd.ensureRunning(), qPrintable(m_pcscd.error()));
    PcscContext context;
    const QByteArray reader = context.readerName(0);
    QVERIFY(!reader.isEmpty());
    QVERIFY2(m_cardsim.insert(QStringLiteral("gp"), 0), qPrintable(m_cardsim.error()));
    QVERIFY(context.waitFor(reader, SCARD_STATE_PRESENT));
    QVERIFY(m_cardsim.remove(0));
  }

  void cleanupTestCase() { m_cardsim.stop(); }

 private:
  using CardFile = cw::cardsim::CardFile;

  CardFile loadCard(const QString& persona) const {
    QString error;
    std::optional<CardFile> card =
        CardFile::load(m_cardsim.cardsDirectory() + QStringLiteral("/%1.json").arg(persona), &error);
    if (!card) {
      qFatal("%s", qPrintable(error));
    }
    return std::move(*card);
  }

  cw::test::Pcscd m_pcscd;
  cw::test::CardSimProcess m_cardsim;
};

QTEST_GUILESS_MAIN(TestCardSim)
#include "tst_cardsim.moc"
