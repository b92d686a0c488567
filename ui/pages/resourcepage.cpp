// SPDX-License-Identifier: MIT
#include "ui/pages/resourcepage.h"

namespace EcsDesk::Ui {

ResourcePage::ResourcePage(PageHost* host, QObject* parent)
    : QObject(parent)
    , m_host(host)
{
}

} // namespace EcsDesk::Ui
