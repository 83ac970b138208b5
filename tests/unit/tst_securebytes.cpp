// Secrets held in secure memory: the source copy is wiped, comparisons work,
// and moving never leaves two live copies.
#include "core/crypto/SecureBytes.h"

#include <QTest>

using cw::crypto::SecureBytes;

class TestSecureBytes : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void takeFromWipesTheSource() {
    QByteArray token("eyJhbGciOiJFUzI1NiJ9.secret");
    const SecureBytes secret = SecureBytes::takeFrom(token);
    QVERIFY(token.isEmpty());
    QCOMPARE(secret.view(), QByteArrayView("eyJhbGciOiJFUzI1NiJ9.secret"));
  }

  void equalsComparesContentAndLength() {
    QByteArray pin("123456");
    const SecureBytes secret = SecureBytes::takeFrom(pin);
    QVERIFY(secret.equals("123456"));
    QVERIFY(!secret.equals("12345"));
    QVERIFY(!secret.equals("1234567"));
    QVERIFY(!secret.equals("123457"));
  }

  void moveLeavesTheSourceEmpty() {
    SecureBytes first("abc", 3);
    SecureBytes second = std::move(first);
    QVERIFY(first.isEmpty());  // NOLINT(bugprone-use-after-move): the point of the test
    QCOMPARE(second.size(), std::size_t(3));
    SecureBytes third;
    third = std::move(second);
    QVERIFY(second.isEmpty());  // NOLINT(bugprone-use-after-move)
    QCOMPARE(third.view(), QByteArrayView("abc"));
  }

  void clearReleasesTheSecret() {
    SecureBytes secret = SecureBytes::zeroed(32);
    QCOMPARE(secret.size(), std::size_t(32));
    QVERIFY(secret.equals(QByteArray(32, '\0')));
    secret.clear();
    QVERIFY(secret.isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
