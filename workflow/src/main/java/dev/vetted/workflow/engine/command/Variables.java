package dev.vetted.workflow.engine.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The variables a client asked for (fetchVariables): all of them when it named none. */
final class Variables {

    private Variables() {
    }

    static Map<String, Object> select(Map<String, Object> variables, List<String> names) {
        if (names == null || names.isEmpty()) return new LinkedHashMap<>(variables);
        Map<String, Object> selected = new LinkedHashMap<>();
        for (String name : names) if (variables.containsKey(name)) selected.put(name, variables.get(name));
        return selected;
    }
}
