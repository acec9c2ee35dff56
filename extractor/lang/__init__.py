"""The language layer every stage shares: which characters are Chinese
(:mod:`.script`), numbers as papers and reviewers write them
(:mod:`.numerals`), and word lists compiled to one regular expression
(:mod:`.trie`).  Kept once, here, so that the layout, the matchers and the
review form agree."""
