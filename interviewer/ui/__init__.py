"""The Gradio app (`app.py`, the only module importing gradio) and the plain views it shows (`views.py`)."""
