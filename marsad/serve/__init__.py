"""``marsad serve``: a web API and right-to-left pages over a Marsad database.

:mod:`marsad.serve.app` (FastAPI app: API and pages), :mod:`marsad.serve.marks` (the article text
with what was extracted marked in it, escaped), :mod:`marsad.serve.chart` (the tally chart),
:mod:`marsad.serve.queries` (read-only look-ups the store does not have), :mod:`marsad.serve.cli`
(the command). Needs the optional packages of ``pip install 'marsad[serve]'``.
"""
