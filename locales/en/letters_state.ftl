## Issue 21: the registered letters the bot follows by their numbers, in the timeline and the
## case's card. The legal sentence (the claim's deemed delivery, ГК ст. 165.1) rests on
## law-facts §5 «Counting» [S62]; the rest are the post's facts.

# law-facts §5 Counting [S62] (Civil Code art. 165.1); the letter named by its kind ($kind):
# a claim, a notice refusing the contract or the goods (review of issue 21, minor 4)
tl-claim-deemed = { $kind ->
    [refuse] The letter with the notice refusing the goods
    [notice] The letter with the notice refusing the contract
   *[claim] The claim's letter
} came back to the sender ({ $reason ->
    [refused] the seller refused to take it
   *[storage] the storage period ran out
}); the { $kind ->
    [refuse] notice
    [notice] notice
   *[claim] claim
} counts as delivered to the seller (Civil Code art. 165.1)
# law-facts §5 Counting [S62]; §2 ГПК art. 132 [S28]
tl-letter = Russian Post: { tl-letter-what } { $state ->
    [moving] is on its way
    [arrived] is waiting at the addressee's post office
    [delivered] was delivered to the { $purpose ->
        [lawsuit_copy] defendant
        [complaint] addressee
       *[claim] seller
    }
    [unclaimed] was returned to the sender: { $reason ->
        [refused] the addressee refused it
       *[storage] the storage period ran out
    }{ $purpose ->
        [claim] ; the { $kind ->
            [refuse] notice
            [notice] notice
           *[claim] claim
        } counts as delivered (Civil Code art. 165.1)
       *[other] {""}
    }
    [returned] was returned, not delivered
   *[lost] will not be delivered: the post reports it lost or seized
}
tl-letter-what = { $purpose ->
    [lawsuit_copy] the letter with the lawsuit's copy
    [complaint] the letter with the complaint
   *[claim] the letter with { $kind ->
        [refuse] the notice refusing the goods
        [notice] the notice refusing the contract
       *[claim] the claim
    }
}

card-letters = <b>Letters</b>
# law-facts §5 Counting [S62] (Civil Code art. 165.1)
card-letter = ✉️ { $purpose ->
    [lawsuit_copy] Letter with the lawsuit's copy
    [complaint] Letter with the complaint
   *[claim] Letter with { $kind ->
        [refuse] the notice refusing the goods
        [notice] the notice refusing the contract
       *[claim] the claim
    }
} No. { $number }: { $state ->
    [unknown] the post does not know this number yet
    [moving] on its way
    [arrived] waiting at the post office{ $on ->
        [none] {""}
       *[other] {" "}since { $on }
    }
    [delivered] delivered{ $on ->
        [none] {""}
       *[other] {" "}on { $on }
    }
    [unclaimed] returned{ $on ->
        [none] {""}
       *[other] {" "}on { $on }
    } ({ $reason ->
        [refused] the addressee refused it
       *[storage] the storage period ran out
    }){ $purpose ->
        [claim] ; the { $kind ->
            [refuse] notice
            [notice] notice
           *[claim] claim
        } counts as delivered (Civil Code art. 165.1)
       *[other] {""}
    }
    [returned] returned{ $on ->
        [none] {""}
       *[other] {" "}on { $on }
    }, not delivered
   *[lost] lost or seized, the post reports
}
