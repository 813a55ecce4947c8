"""Export: JSON, HTML (Plotly Gantt) and tables from a Timeline."""
