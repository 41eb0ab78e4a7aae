"""What every stage shares: settings, errors, question parsing, text folding and numbers,
places, the domain lexicon and the answer's data types. It imports nothing else of ours."""
