"""One module per fact type, each defining ``FACT_TYPE`` (a
:class:`~extractor.facts.registry.FactType`).  The registry lists this
package: a new module here is a new fact type, with nothing else to edit."""
