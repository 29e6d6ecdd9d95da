cmd-start = Start
cmd-new = New complaint
cmd-cases = My cases
cmd-help = Help
cmd-language = Language
cmd-privacy = My data
cmd-delete = Delete my data
cmd-cancel = Cancel the current question
