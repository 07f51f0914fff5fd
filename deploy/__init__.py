"""Running the dashboard beyond one process: nginx in front of several Streamlit replicas."""
