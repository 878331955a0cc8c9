"""`python -m bench mrz`: how well photos of passport and visa pages are read (see bench/README.md).

The evaluation set is the generator (`specimens.py`, fictional people, fixed seed): its labels are kept in
`labels.json`, its pictures are drawn on demand into var/bench-mrz/.
"""
