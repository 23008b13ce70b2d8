/// SQLite history of runs, claims, findings and review decisions.
