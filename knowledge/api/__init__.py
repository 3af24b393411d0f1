"""The HTTP API (`python -m knowledge serve`): an OpenAI-compatible chat endpoint and document
management over one QAService. `app.create_app(service, settings)` builds the ASGI app,
`server.serve(...)` runs it with uvicorn."""
