// Ingestion: the PeacePlan and RedLine labels and fields of positions that are plans or red
// lines; only once, so a re-ingest sets nothing. Param: $rows (positions).
UNWIND $rows AS row
MATCH (p:Position {id: row.id})
CALL (p, row) {
  WITH row.peacePlan AS plan WHERE plan IS NOT NULL AND NOT p:PeacePlan
  SET p:PeacePlan,
      p.name = plan.name,
      p.status = plan.status,
      p.consultationDescriptions = plan.partnerDescriptions
}
CALL (p, row) {
  WITH row.redLine AS redLine WHERE redLine IS NOT NULL AND NOT p:RedLine
  SET p:RedLine, p.condition = redLine.condition, p.threatenedResponse = redLine.threatenedResponse
}
