"""`jobsite import`: roles read from employers' applicant-tracking systems and kept in step with them.

One module per part: the three ATS clients (greenhouse.py, lever.py, ashby.py) turn each API's answer into
ATS-neutral `Job` records (jobs.py) over one HTTP policy (fetch.py); places.py reads location text into ISO
codes; description.py turns untrusted HTML into our Markdown; front_matter.py edits a posting's keys in place;
sync.py plans what to add, change and close; run.py is the command.
"""
