// PromQL syntax check with the Prometheus project's lezer grammar (the one its web UI uses): the error nodes of the
// parse tree, each with its offset in the expression.
import { parser } from "@prometheus-io/lezer-promql";

export function promqlErrors(expression) {
  const errors = [];
  if (!expression.trim()) return ["empty expression"];
  parser.parse(expression).iterate({
    enter(node) {
      if (node.type.isError) errors.push(`syntax error at ${node.from}: ${JSON.stringify(expression.slice(node.from, node.from + 20))}`);
    },
  });
  return errors;
}
