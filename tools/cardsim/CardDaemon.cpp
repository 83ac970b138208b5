#include "tools/cardsim/CardDaemon.h"

#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

#include <optional>
#include <utility>

namespace cw::cardsim {
namespace {

std::optional<int> readerIndex(const QString& text) {
  bool ok = false;
  const int reader = text.toInt(&ok);
  if (!ok || reader < 0 || reader >= CardDaemon::kReaders) {
    return std::nullopt;
  }
  return reader;
}

QString badReader(const QString& text) {
  return QStringLiteral("error reader \"%1\" is not 0 or 1").arg(text);
}

}  // namespace

CardDaemon::CardDaemon(QString cardsDirectory, QString host, quint16 portBase, QObject* parent)
    : QObject(parent),
      m_cardsDirectory(std::move(cardsDirectory)),
      m_host(std::move(host)),
      m_portBase(portBase) {}

void CardDaemon::handle(const QString& line, const Reply& reply) {
  const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
  const QString command = words.value(0);
  if (command == QLatin1String("insert") && words.size() == 3) {
    const std::optional<int> reader = readerIndex(words.at(2));
    reader ? insert(words.at(1), *reader, reply) : reply(badReader(words.at(2)));
  } else if (command == QLatin1String("remove") && words.size() == 2) {
    const std::optional<int> reader = readerIndex(words.at(1));
    reader ? remove(*reader, reply) : reply(badReader(words.at(1)));
  } else if (command == QLatin1String("status") && words.size() == 1) {
    reply(status());
  } else {
    reply(QStringLiteral(
              "error unknown command \"%1\"; use insert <persona> <reader>, remove <reader> or status")
              .arg(line.left(80)));
  }
}

void CardDaemon::insert(const QString& persona, int reader, const Reply& reply) {
  // The name becomes a file name: no way out of the cards folder.
  static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
  if (!name.match(persona).hasMatch() || !QDir(m_cardsDirectory).exists(persona + QStringLiteral(".json"))) {
    reply(QStringLiteral("error no card \"%1\" in %2").arg(persona, m_cardsDirectory));
    return;
  }
  if (m_readers[reader]) {
    reply(QStringLiteral("error reader %1 already holds %2").arg(reader).arg(m_readers[reader]->persona()));
    return;
  }
  for (int other = 0; other < kReaders; ++other) {
    if (m_readers[other] && m_readers[other]->persona() == persona) {
      reply(QStringLiteral("error %1 is already in reader %2").arg(persona).arg(other));
      return;
    }
  }
  QString error;
  std::optional<CardFile> card =
      CardFile::load(QDir(m_cardsDirectory).filePath(persona + QStringLiteral(".json")), &error);
  if (!card) {
    reply(QStringLiteral("error %1").arg(error));
    return;
  }
  int& triesLeft = m_triesLeft.try_emplace(persona, card->triesLeft).first->second;
  auto* link = new VpcdLink(std::make_shared<const CardFile>(std::move(*card)), triesLeft, this);
  m_readers[reader] = link;
  // Until vpcd has accepted the card the control client waits for the answer.
  auto pending = std::make_shared<Reply>(reply);
  const quint16 port = static_cast<quint16>(m_portBase + reader);
  connect(link, &VpcdLink::connected, this, [pending, persona, reader] {
    if (*pending) {
      (*pending)(QStringLiteral("ok inserted %1 into reader %2").arg(persona).arg(reader));
      *pending = nullptr;
    }
  });
  connect(link, &VpcdLink::lost, this, [this, pending, persona, reader, port](const QString& reason) {
    release(reader);
    if (*pending) {
      (*pending)(QStringLiteral("error vpcd reader %1 (%2:%3) is not reachable: %4; is pcscd running?")
                     .arg(reader)
                     .arg(m_host)
                     .arg(port)
                     .arg(reason));
      *pending = nullptr;
    } else {
      QTextStream(stderr) << "cardsim: " << persona << " left reader " << reader << ": " << reason << '\n';
    }
  });
  link->connectTo(m_host, port);
}

void CardDaemon::remove(int reader, const Reply& reply) {
  if (!m_readers[reader]) {
    reply(QStringLiteral("error reader %1 is empty").arg(reader));
    return;
  }
  const QString persona = m_readers[reader]->persona();
  release(reader);
  reply(QStringLiteral("ok removed %1 from reader %2").arg(persona).arg(reader));
}

QString CardDaemon::status() const {
  QString answer = QStringLiteral("ok");
  for (int reader = 0; reader < kReaders; ++reader) {
    answer += QStringLiteral(" %1=%2").arg(reader).arg(m_readers[reader] ? m_readers[reader]->persona()
                                                                         : QStringLiteral("empty"));
  }
  return answer;
}

void CardDaemon::release(int reader) {
  VpcdLink* link = std::exchange(m_readers[reader], nullptr);
  if (link) {
    // Closing the connection is the removal vpcd sees.
    link->disconnect(this);
    link->deleteLater();
  }
}

}  // namespace cw::cardsim
