## The seller's appeal of a review

appeal-to = В службу поддержки продавцов { $marketplace }
appeal-from = от продавца: { $shop }
appeal-title = ЖАЛОБА НА ОТЗЫВ
appeal-facts = { $date } к товару с артикулом { $sku } на { $marketplace } опубликован отзыв с оценкой { $rating } из 5 от пользователя «{ $author }»{ $order ->
        [none] {""}
       *[other] {" "}(заказ № { $order })
    }. Текст отзыва: «{ $text }».
appeal-rules-label = Считаю, что отзыв нарушает правила публикации отзывов площадки:
appeal-rule-obscene = содержит нецензурные или оскорбительные выражения
appeal-rule-personal_data = содержит персональные данные
appeal-rule-ads = содержит рекламу или ссылки на другие товары и магазины
appeal-rule-not_about_product = посвящён не товару, а посторонним обстоятельствам
# §7 «Which point of ст. 152 to cite»: a sole trader п. 1 (a citizen), a company п. 1, 11; quote the review's own words
appeal-rule-crime_accusation = содержит не соответствующее действительности утверждение о совершении продавцом преступления{ $quote ->
        [none] {" "}(текст отзыва приведён выше)
       *[other] : «{ $quote }»
    }, порочащее деловую репутацию продавца ({ $form ->
        [sole] п. 1 ст. 152 ГК РФ
        [company] п. 1, 11 ст. 152 ГК РФ
       *[other] ст. 152 ГК РФ
    })
# §7: a false statement of fact, quoted as the review has it (never a template example)
appeal-rule-false_statements = содержит утверждения, не соответствующие действительности и опровергаемые { $order ->
        [yes] данными заказа и карточки товара
       *[no] карточкой товара
    }{ $quote ->
        [none] {""}
       *[other] : «{ $quote }»
    }
appeal-signals-label = На недостоверность отзыва указывают также следующие обстоятельства:
appeal-signal-profile = профиль автора не подтверждает реальной покупки товара
appeal-signal-content = утверждения отзыва опровергаются карточкой товара и данными заказа
appeal-signal-timing = время публикации отзыва не согласуется с доставкой заказа
appeal-signal-facts = данные заказа в личном кабинете продавца не подтверждают обстоятельств, описанных в отзыве
# §1.1 289-ФЗ: the platform's mandatory pre-trial complaint system (article unconfirmed)
appeal-request = Прошу проверить отзыв, скрыть или удалить его как нарушающий правила площадки и сообщить о результатах рассмотрения, в том числе в порядке досудебного рассмотрения жалоб партнёров, который оператор платформы обязан обеспечить с 01.10.2026 (Федеральный закон от 31.07.2025 № 289-ФЗ «Об отдельных вопросах регулирования платформенной экономики в Российской Федерации»).{ $attached ->
        [yes] {" "}Подтверждающие материалы прилагаются; дополнительные сведения будут представлены по запросу.
       *[no] {" "}Дополнительные сведения будут представлены по запросу.
    }
# a sole trader signs for itself; a company by the person who signs for it (no hint text in a signed paper)
appeal-sign = { $date }          { $form ->
        [sole] ____________ / { $shop }
       *[other] ____________ / { $signatory ->
            [none] ______________
           *[other] { $signatory }
        }
    }
appeal-short = Отзыв от { $date } (оценка { $rating }, автор «{ $author }», артикул { $sku }) нарушает правила публикации отзывов: { $rules }. Прошу проверить и скрыть отзыв. Подтверждения (скриншоты, данные заказа) готовы предоставить.
