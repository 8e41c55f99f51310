"""Voice practice: speech to text with word timings, a neural voice for the interviewer, and delivery
analytics. Everything here is optional (`pip install 'interviewer[voice]'`) and runs offline."""
