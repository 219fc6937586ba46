package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.model.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;

/**
 * Reads one kind of BPMN element (or a family of them) into a {@link FlowNode}, refusing at
 * deployment, with the element's id and the reason, whatever of it the engine cannot honour.
 */
interface ElementReader {

    /** The element read, or null when it is not of this reader's kinds. */
    FlowNode read(FlowElement element, ReadingRules rules);
}
