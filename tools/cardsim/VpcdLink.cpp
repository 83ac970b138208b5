#include "tools/cardsim/VpcdLink.h"

#include <QTimer>

namespace cw::cardsim {
namespace {

constexpr int kFrameHeader = 2;
constexpr int kConnectTimeoutMs = 5000;

// vpcd's one-byte control messages.
enum Control : quint8 { kPowerOff = 0, kPowerOn = 1, kReset = 2, kGetAtr = 4 };

QByteArray frame(const QByteArray& payload) {
  QByteArray bytes;
  bytes.append(static_cast<char>((payload.size() >> 8) & 0xFF));
  bytes.append(static_cast<char>(payload.size() & 0xFF));
  return bytes + payload;
}

}  // namespace

VpcdLink::VpcdLink(std::shared_ptr<const CardFile> card, int& triesLeft, QObject* parent)
    : QObject(parent), m_card(std::move(card)), m_applet(*m_card, triesLeft) {
  connect(&m_socket, &QTcpSocket::connected, this, [this] {
    // Every APDU is one small write and a wait for the answer: Nagle would
    // add tens of milliseconds to each.
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    Q_EMIT connected();
  });
  connect(&m_socket, &QTcpSocket::readyRead, this, &VpcdLink::readMessages);
  connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { Q_EMIT lost(m_socket.errorString()); });
}

void VpcdLink::connectTo(const QString& host, quint16 port) {
  m_socket.connectToHost(host, port);
  // A reader port that never answers (a firewall, a wedged vpcd) must not
  // leave the control client waiting for ever.
  QTimer::singleShot(kConnectTimeoutMs, this, [this] {
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
      m_socket.abort();
      Q_EMIT lost(QStringLiteral("no answer within %1 s").arg(kConnectTimeoutMs / 1000));
    }
  });
}

void VpcdLink::readMessages() {
  m_buffer += m_socket.readAll();
  while (m_buffer.size() >= kFrameHeader) {
    const int length = (static_cast<quint8>(m_buffer.at(0)) << 8) | static_cast<quint8>(m_buffer.at(1));
    if (m_buffer.size() < kFrameHeader + length) {
      return;
    }
    const QByteArray payload = m_buffer.mid(kFrameHeader, length);
    m_buffer.remove(0, kFrameHeader + length);
    answer(payload);
  }
}

void VpcdLink::answer(const QByteArray& payload) {
  if (payload.size() != 1) {
    m_socket.write(frame(m_applet.process(payload)));
    return;
  }
  switch (static_cast<quint8>(payload.at(0))) {
    case kPowerOff:
    case kPowerOn:
    case kReset: m_applet.reset(); break;
    case kGetAtr: m_socket.write(frame(m_card->atr)); break;
    default: break;  // vpcd sends nothing else; an unknown control needs no answer
  }
}

}  // namespace cw::cardsim
