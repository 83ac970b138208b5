// The changes the server refused: what each was, when it was made, and the
// server's reason as it wrote it, so someone can put it right. They wait here
// and block nothing else.
#pragma once

#include <QWidget>

class QTableWidget;

namespace cw::store {
class Store;
}

namespace cw::changes {

class ParkedPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ParkedPanel(const store::Store& store, QWidget* parent = nullptr);

  int count() const { return m_count; }
  void reload();
  void clear();

 private:
  const store::Store& m_store;
  QTableWidget* m_list = nullptr;
  int m_count = 0;
};

}  // namespace cw::changes
