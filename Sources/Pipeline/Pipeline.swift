/// The imperative shell: loads sources, runs the stages, writes reports.
