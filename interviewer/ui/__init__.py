"""The Gradio app (`app.py`, the only module that imports gradio) and the plain views it shows (`views.py`)."""
