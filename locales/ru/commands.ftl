cmd-start = Начать
cmd-new = Новая жалоба
cmd-cases = Мои обращения
cmd-help = Помощь
cmd-language = Язык
cmd-privacy = Мои данные
cmd-delete = Удалить мои данные
cmd-cancel = Отменить текущий вопрос
