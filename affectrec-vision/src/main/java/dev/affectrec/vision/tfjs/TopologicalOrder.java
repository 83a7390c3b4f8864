package dev.affectrec.vision.tfjs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders graph nodes so that every node comes after its inputs. */
final class TopologicalOrder {
  private TopologicalOrder() {}

  /** Strips an output suffix such as {@code :0} and a control-input caret. */
  static String nodeName(String input) {
    String s = input.startsWith("^") ? input.substring(1) : input;
    int colon = s.lastIndexOf(':');
    return colon > 0 && s.substring(colon + 1).chars().allMatch(Character::isDigit)
        ? s.substring(0, colon)
        : s;
  }

  /**
   * Depth-first order over {@code byName}.
   *
   * @throws ModelFormatException on a cycle or an input that names no node
   */
  static List<GraphNode> of(String model, Map<String, GraphNode> byName) {
    List<GraphNode> order = new ArrayList<>();
    Set<String> done = new HashSet<>();
    Set<String> onPath = new HashSet<>();
    for (String root : byName.keySet()) {
      Deque<String[]> stack = new ArrayDeque<>();
      stack.push(new String[] {root, "enter"});
      while (!stack.isEmpty()) {
        String[] top = stack.pop();
        String name = top[0];
        if (top[1].equals("exit")) {
          onPath.remove(name);
          done.add(name);
          order.add(byName.get(name));
          continue;
        }
        if (done.contains(name)) {
          continue;
        }
        if (!onPath.add(name)) {
          throw new ModelFormatException(model + ": cycle through node '" + name + "'");
        }
        stack.push(new String[] {name, "exit"});
        for (String input : byName.get(name).inputs()) {
          if (!byName.containsKey(input)) {
            throw new ModelFormatException(
                model + ": node '" + name + "' reads unknown node '" + input + "'");
          }
          if (!done.contains(input)) {
            stack.push(new String[] {input, "enter"});
          }
        }
      }
    }
    return List.copyOf(order);
  }
}
