## The written replies to a seller's answer (issue 20 p. 2): what the chat says when one is
## made (their names are the case file's, casefile.ftl); the documents themselves are always in Russian.

# law-facts §5 Sending; §1 «Unpaid goods»: a signed waiver is used against the buyer
reply-doc-made = { $kind ->
        [reply_insist] Your reply to the seller is ready (in Russian, as it goes to a Russian company). Check it, sign it and send it the way you sent the claim: the support chat (keep a screenshot), a registered letter with an inventory, or by hand in two copies.
        [reply_check] The request is ready. Give it to the seller with the item or before handing the item over, and keep proof: a screenshot, the inventory, or the seller's mark on your copy.
       *[reply_partial] The statement is ready. Send it to the seller the way you sent the claim and keep proof of sending: it says you accept part of the sum and do not give up the rest. Never sign «претензий не имею» ("I have no claims").
    }
