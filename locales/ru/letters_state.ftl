## Issue 21: the registered letters the bot follows by their numbers, as the case file's
## timeline and the case's card tell them. The post's facts only; the one legal sentence is the
## claim's deemed delivery of ГК ст. 165.1 (law-facts §5 «Counting» [S62]). The sheet says
## nothing of a deemed delivery for the lawsuit's copy or a complaint: their return is told as
## a fact, with no consequence. No number of days is given for the post's storage period (the
## sheet does not give it).

# law-facts §5 Counting [S62] (ГК ст. 165.1, Пленум № 25 п. 67): the claim's letter came back
# unclaimed or refused — never «вручена», but counted as delivered on the day it was sent back.
# The letter is named by its kind ($kind, as the documents name it: flows/documents/common.py
# letter_kind): a claim, a notice refusing the contract (ст. 23.1) or the goods (review of
# issue 21, minor 4)
tl-claim-deemed = Письмо с { $kind ->
    [refuse] уведомлением об отказе от товара
    [notice] уведомлением об отказе от исполнения договора
   *[claim] претензией
} возвращено отправителю ({ $reason ->
    [refused] продавец отказался его получить
   *[storage] истёк срок хранения
}); { $kind ->
    [refuse] уведомление считается доставленным
    [notice] уведомление считается доставленным
   *[claim] претензия считается доставленной
} продавцу (ст. 165.1 ГК РФ)
# one change of a followed letter's state, as Russian Post reported it; law-facts §5 Counting
# [S62] for the claim's letter returned unclaimed (ГК ст. 165.1), §2 ГПК ст. 132 [S28] for the
# lawsuit's copy (its proof of sending); the rest are the post's facts
tl-letter = Почта России: { tl-letter-what } { $state ->
    [moving] принято и в пути
    [arrived] ждёт адресата в отделении
    [delivered] вручено { $purpose ->
        [lawsuit_copy] ответчику
        [complaint] адресату
       *[claim] продавцу
    }
    [unclaimed] возвращено отправителю: { $reason ->
        [refused] адресат отказался его получить
       *[storage] истёк срок хранения
    }{ $purpose ->
        [claim] ; { $kind ->
            [refuse] уведомление считается доставленным
            [notice] уведомление считается доставленным
           *[claim] претензия считается доставленной
        } (ст. 165.1 ГК РФ)
       *[other] {""}
    }
    [returned] возвращено, не вручено
   *[lost] не будет доставлено: по данным почты, оно утрачено или изъято
}
tl-letter-what = { $purpose ->
    [lawsuit_copy] письмо с копией иска
    [complaint] письмо с жалобой
   *[claim] письмо с { $kind ->
        [refuse] уведомлением об отказе от товара
        [notice] уведомлением об отказе от исполнения договора
       *[claim] претензией
    }
}

card-letters = <b>Письма</b>
# a followed letter in the case's card: its number and its state now, with the state's day;
# law-facts §5 Counting [S62] (ГК ст. 165.1) for the claim's letter returned unclaimed
card-letter = ✉️ { $purpose ->
    [lawsuit_copy] Письмо с копией иска
    [complaint] Письмо с жалобой
   *[claim] Письмо с { $kind ->
        [refuse] уведомлением об отказе от товара
        [notice] уведомлением об отказе от исполнения договора
       *[claim] претензией
    }
} № { $number }: { $state ->
    [unknown] почта пока не знает этот номер
    [moving] в пути
    [arrived] ждёт адресата в отделении{ $on ->
        [none] {""}
       *[other] {" "}с { $on }
    }
    [delivered] вручено{ $on ->
        [none] {""}
       *[other] {" "}{ $on }
    }
    [unclaimed] возвращено{ $on ->
        [none] {""}
       *[other] {" "}{ $on }
    } ({ $reason ->
        [refused] адресат отказался его получить
       *[storage] истёк срок хранения
    }){ $purpose ->
        [claim] ; { $kind ->
            [refuse] уведомление считается доставленным
            [notice] уведомление считается доставленным
           *[claim] претензия считается доставленной
        } (ст. 165.1 ГК РФ)
       *[other] {""}
    }
    [returned] возвращено{ $on ->
        [none] {""}
       *[other] {" "}{ $on }
    }, не вручено
   *[lost] утрачено или изъято, по данным почты
}
