"""`nnref grade PATH`: an offline autograder for student ports (issue 9; exit codes and JSON in
the spirit of SPEC Part G; README "Grading student ports").

labs.py      the lab registry (one Lab entry per lab)
cases.py     fixture value cases and fresh cases drawn at grading time
runner.py    one lab in a child process (Octave or Python), in a fresh temporary directory
child.py     the child process: per-case timeout, restarts, output capture
sandbox.py   limits, scrubbed environment, bubblewrap
judge.py     comparison and the first divergence of a failing case
traces.py    step traces of traced labs (net221)
grader.py    the grading document and the exit status
report.py    table, md, csv and json output
templates.py the contract, as template stubs and README tables
driver_python.py, octave/nnref_grade_driver.m   the drivers that run inside the child
"""
