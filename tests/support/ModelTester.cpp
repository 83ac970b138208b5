#include "tests/support/ModelTester.h"

#include <QAbstractItemModelTester>

namespace cw::test {

void attachModelTester(QAbstractItemModel* model) {
  new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

}  // namespace cw::test
