## The written replies to a seller's answer (issue 20 p. 2): what the chat says when one is
## made (their names are the case file's, casefile.ftl); the documents themselves are in locales/ru/documents/replies.ftl.

# what the person does with it before signing: said in the chat, never inside the document
# (issue 17 p. 19); law-facts §5 Sending: two copies or a registered letter with an inventory, the
# chat with screenshots; §1 «Unpaid goods»: a signed waiver is used against the buyer
reply-doc-made = { $kind ->
        [reply_insist] Ответ продавцу готов. Проверьте его, подпишите и передайте продавцу тем же способом, что и претензию: в чат поддержки (сохраните скриншот отправки), заказным письмом с описью вложения или лично, в двух экземплярах.
        [reply_check] Заявление готово. Передайте его продавцу вместе с товаром или до передачи товара и сохраните доказательство: скриншот отправки, опись вложения или отметку о получении на втором экземпляре.
       *[reply_partial] Заявление готово. Отправьте его продавцу тем же способом, что и претензию, и сохраните доказательство отправки: в нём сказано, что вы принимаете часть суммы и не отказываетесь от остального. Никогда не подписывайте фразу «претензий не имею».
    }
