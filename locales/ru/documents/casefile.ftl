## The export's case.pdf (flows/documents/casefile.py): the case's facts and its timeline as
## the case records them, for the person's lawyer. Statements of fact only; no legal sentence,
## so no fact-sheet item is cited here.

cf-title = МАТЕРИАЛЫ ОБРАЩЕНИЯ № { $id }
cf-made-on = составлены { $date }
cf-facts = 1. Сведения об обращении
cf-fact = Сведение
cf-value = Значение
cf-applicant = Заявитель
cf-contacts = Контакты заявителя
cf-marketplace = Где куплен товар
cf-seller = Продавец
cf-order = Номер заказа
cf-item = Товар
cf-price = Цена
cf-ordered = Дата заказа
cf-received = Дата получения
cf-status = Состояние обращения
cf-status-open = открыто
cf-status-solved = закрыто: решено
cf-status-given_up = закрыто
cf-timeline = 2. Хронология
cf-date = Дата
cf-event = Событие
cf-timeline-empty = Записей пока нет.
cf-note = Сформировано чат-ботом claimbot по сведениям, которые заявитель сообщил в чате. Документы и файлы обращения приложены в этом архиве; их список с контрольными суммами SHA-256 — в файле manifest.json.
