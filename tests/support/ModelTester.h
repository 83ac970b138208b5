// Runs Qt's model consistency checks on a model for the rest of the test.
#pragma once

class QAbstractItemModel;

namespace cw::test {

// Fails the test on the first violation of the QAbstractItemModel contract.
void attachModelTester(QAbstractItemModel* model);

}  // namespace cw::test
