// Well-known endpoint addresses are derived correctly with or without a
// trailing slash on the configured base.
#include "core/http/Urls.h"

#include <QTest>

class TestUrls : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void derived_data() {
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("metadata");
    QTest::addColumn<QString>("discovery");
    QTest::newRow("no slash") << "https://f.example/R4"
                              << "https://f.example/R4/metadata"
                              << "https://f.example/R4/.well-known/openid-configuration";
    QTest::newRow("slash") << "https://f.example/R4/"
                           << "https://f.example/R4/metadata"
                           << "https://f.example/R4/.well-known/openid-configuration";
    QTest::newRow("root") << "http://127.0.0.1:8190"
                          << "http://127.0.0.1:8190/metadata"
                          << "http://127.0.0.1:8190/.well-known/openid-configuration";
  }
  void derived() {
    QFETCH(QString, base);
    QFETCH(QString, metadata);
    QFETCH(QString, discovery);
    QCOMPARE(cw::http::fhirMetadataUrl(QUrl(base)).toString(), metadata);
    QCOMPARE(cw::http::oidcDiscoveryUrl(QUrl(base)).toString(), discovery);
  }
};

QTEST_GUILESS_MAIN(TestUrls)
#include "tst_urls.moc"
