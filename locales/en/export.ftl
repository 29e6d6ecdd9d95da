## /export: the case's ZIP for a lawyer or a consumer organisation (flows/steps/commands/export.py,
## bot/export.py). No legal statements here.

cmd-export = Case archive for a lawyer
export-none = You have no cases yet — there is nothing to export.
export-pick = Which case shall I put into an archive?
export-not-found = Case not found.
export-busy = The archive is already being prepared — I will send it as soon as it is ready.
export-preparing = Preparing the archive of case No. { $id }…
export-ready = The archive of case No. { $id }: the documents, the files, the case file (case.pdf, in Russian) and a list with SHA-256 checksums (manifest.json).
export-part = Part { $part } of { $total }.
export-missing = { $count ->
    [one] { $count } file is not in the archive:
   *[other] { $count } files are not in the archive:
}
export-missing-more = …and { $count } more — manifest.json lists them all.
export-missing-line = — { $path }: { $reason }
export-missing-too_big = over 20 MB; Telegram does not give bots such files, add it to the archive yourself
export-missing-unavailable = Telegram did not give the file
export-missing-network = could not be downloaded from Telegram; try exporting again later
export-missing-oversize = larger than one part of the archive can hold
export-failed = Could not put the archive together. Please try again a little later.
