// The limited view of a confidential record: what is restricted, and the
// way in for someone who needs it now, with a reason that is recorded.
#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;

namespace cw::record {

class BreakGlassPanel : public QFrame {
  Q_OBJECT

 public:
  explicit BreakGlassPanel(QWidget* parent = nullptr);

  void reset();
  void showProblem(const QString& message);

 Q_SIGNALS:
  void breakGlassRequested(const QString& reason);

 private:
  QPlainTextEdit* m_reason;
  QLabel* m_problem;
};

}  // namespace cw::record
