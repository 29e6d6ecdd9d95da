## /export: the case's ZIP for a lawyer or a consumer organisation (flows/steps/commands/export.py,
## bot/export.py). No legal statements here.

cmd-export = Архив обращения для юриста
export-none = У вас пока нет обращений — выгружать нечего.
export-pick = Какое обращение собрать в архив?
export-not-found = Обращение не найдено.
export-busy = Архив уже готовится — пришлю его, как только он будет собран.
export-preparing = Готовлю архив обращения № { $id }…
export-ready = Архив обращения № { $id }: документы, файлы, материалы дела (case.pdf) и опись с контрольными суммами SHA-256 (manifest.json).
export-part = Часть { $part } из { $total }.
export-missing = { $count ->
    [one] Не вошёл в архив { $count } файл:
    [few] Не вошли в архив { $count } файла:
   *[many] Не вошли в архив { $count } файлов:
}
export-missing-more = …и ещё { $count } — все они перечислены в manifest.json.
export-missing-line = — { $path }: { $reason }
export-missing-too_big = больше 20 МБ, Telegram не отдаёт боту такие файлы; приложите его к архиву сами
export-missing-unavailable = Telegram не отдал файл
export-missing-network = не удалось скачать из Telegram, попробуйте выгрузить архив позже
export-missing-oversize = больше, чем помещается в одну часть архива
export-failed = Не получилось собрать архив. Попробуйте ещё раз чуть позже.
