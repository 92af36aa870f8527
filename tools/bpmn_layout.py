"""Writes a BPMN 2.0 file with its diagram (BPMN DI) from a compact description.

Used to keep the process diagrams tidy without a modeller; the .bpmn files it writes are the source of truth
and can be edited in Camunda Modeler afterwards.
"""
from xml.sax.saxutils import escape

SIZES = {"start": (36, 36), "end": (36, 36), "timer": (36, 36), "boundary": (36, 36), "message": (36, 36),
         "xor": (50, 50), "and": (50, 50), "eventgw": (50, 50), "user": (100, 80), "service": (100, 80), "call": (100, 80)}


def attr(d):
    return "".join(f' {k}="{escape(str(v), {chr(34): "&quot;"})}"' for k, v in d.items() if v is not None)


def write(path, process_id, process_name, nodes, flows, extra_ns="", root_elements=(), startable=True):
    """nodes: list of dicts id,type,name,x,y,(attrs),(inner); flows: list of (id, source, target, name, condition).

    A "boundary" node needs attrs attachedToRef (and cancelActivity) and an inner event definition; an end node with
    an inner terminateEventDefinition is a terminate end. root_elements are raw lines (e.g. bpmn:error,
    bpmn:message) written before the process.
    """
    by_id = {n["id"]: n for n in nodes}
    incoming = {n["id"]: [] for n in nodes}
    outgoing = {n["id"]: [] for n in nodes}
    for f in flows:
        outgoing[f[1]].append(f[0])
        incoming[f[2]].append(f[0])
    out = []
    out.append('<?xml version="1.0" encoding="UTF-8"?>')
    out.append('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
               'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
               'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
               'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
               'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
               'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
               'xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
               f'id="Definitions_{process_id}" targetNamespace="http://xinbei.gov.cn/pfp/bpmn" '
               'exporter="Camunda Modeler" exporterVersion="5.31.0" '
               'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">')
    for line in root_elements:
        out.append('  ' + line)
    out.append(f'  <bpmn:process id="{process_id}" name="{process_name}" isExecutable="true" '
               f'camunda:historyTimeToLive="3650" camunda:isStartableInTasklist="{str(startable).lower()}">')
    tags = {"start": "startEvent", "end": "endEvent", "timer": "intermediateCatchEvent", "xor": "exclusiveGateway",
            "and": "parallelGateway", "boundary": "boundaryEvent", "user": "userTask", "service": "serviceTask",
            "message": "intermediateCatchEvent", "eventgw": "eventBasedGateway", "call": "callActivity"}
    for n in nodes:
        tag = tags[n["type"]]
        a = {"id": n["id"], "name": n.get("name")}
        a.update(n.get("attrs", {}))
        out.append(f'    <bpmn:{tag}{attr(a)}>')
        if n.get("doc"):
            out.append(f'      <bpmn:documentation>{escape(n["doc"])}</bpmn:documentation>')
        if n.get("ext"):
            out.append('      <bpmn:extensionElements>')
            for line in n["ext"]:
                out.append('        ' + line)
            out.append('      </bpmn:extensionElements>')
        for i in incoming[n["id"]]:
            out.append(f'      <bpmn:incoming>{i}</bpmn:incoming>')
        for o in outgoing[n["id"]]:
            out.append(f'      <bpmn:outgoing>{o}</bpmn:outgoing>')
        if n.get("inner"):
            out.append('      ' + n["inner"])
        out.append(f'    </bpmn:{tag}>')
    for fid, s, t, name, cond in flows:
        a = {"id": fid, "name": name, "sourceRef": s, "targetRef": t}
        if cond:
            out.append(f'    <bpmn:sequenceFlow{attr(a)}>')
            out.append(f'      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(cond)}</bpmn:conditionExpression>')
            out.append('    </bpmn:sequenceFlow>')
        else:
            out.append(f'    <bpmn:sequenceFlow{attr(a)} />')
    out.append('  </bpmn:process>')
    out.append(f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{process_id}">')
    out.append(f'    <bpmndi:BPMNPlane id="BPMNPlane_{process_id}" bpmnElement="{process_id}">')
    for n in nodes:
        w, h = SIZES[n["type"]]
        extra = ' isMarkerVisible="true"' if n["type"] == "xor" else ""
        out.append(f'      <bpmndi:BPMNShape id="{n["id"]}_di" bpmnElement="{n["id"]}"{extra}>')
        out.append(f'        <dc:Bounds x="{n["x"]}" y="{n["y"]}" width="{w}" height="{h}" />')
        if n["type"] in ("start", "end", "timer", "boundary", "message", "xor", "and", "eventgw") and n.get("name"):
            out.append(f'        <bpmndi:BPMNLabel><dc:Bounds x="{n["x"] - 20}" y="{n["y"] + h + 5}" width="{w + 40}" height="27" /></bpmndi:BPMNLabel>')
        out.append('      </bpmndi:BPMNShape>')
    for fid, s, t, name, cond in flows:
        pts = route(by_id[s], by_id[t])
        out.append(f'      <bpmndi:BPMNEdge id="{fid}_di" bpmnElement="{fid}">')
        for x, y in pts:
            out.append(f'        <di:waypoint x="{x}" y="{y}" />')
        if name:
            mx, my = pts[len(pts) // 2 - 1] if len(pts) > 2 else pts[0]
            out.append(f'        <bpmndi:BPMNLabel><dc:Bounds x="{mx + 5}" y="{my - 20}" width="80" height="14" /></bpmndi:BPMNLabel>')
        out.append('      </bpmndi:BPMNEdge>')
    out.append('    </bpmndi:BPMNPlane>')
    out.append('  </bpmndi:BPMNDiagram>')
    out.append('</bpmn:definitions>')
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


def box(n):
    w, h = SIZES[n["type"]]
    return n["x"], n["y"], w, h


def route(s, t):
    sx, sy, sw, sh = box(s)
    tx, ty, tw, th = box(t)
    scy, tcy = sy + sh // 2, ty + th // 2
    scx, tcx = sx + sw // 2, tx + tw // 2
    if tx >= sx + sw:  # forward
        if abs(scy - tcy) < 2:
            return [(sx + sw, scy), (tx, tcy)]
        if s["type"] in ("xor", "and", "eventgw"):  # leave a gateway from its top or bottom corner
            return [(scx, sy if tcy < scy else sy + sh), (scx, tcy), (tx, tcy)]
        if t["type"] in ("xor", "and", "eventgw"):  # enter a gateway from top or bottom
            return [(sx + sw, scy), (tcx, scy), (tcx, ty if scy < tcy else ty + th)]
        return [(sx + sw, scy), ((sx + sw + tx) // 2, scy), ((sx + sw + tx) // 2, tcy), (tx, tcy)]
    # backward: loop above if the source sits above the target's centre line, else below
    if scy < tcy:
        y = min(sy, ty) - 30
        return [(scx, sy), (scx, y), (tcx, y), (tcx, ty)]
    y = max(sy + sh, ty + th) + 30
    return [(scx, sy + sh), (scx, y), (tcx, y), (tcx, ty + th)]


# --- Building blocks of the process descriptions (the generators of each process use these) ---

TOWN_CLERKS = "${caseRouting.townClerks(execution)}"
CASE_DUE = "${caseRouting.due(execution)}"


def user(id, name, x, y, group, form, due=None, listeners=(), doc=None):
    """A user task with candidate group, Camunda Form, due date and task listeners (event, bean) by delegate expression."""
    attrs = {"camunda:candidateGroups": group, "camunda:formRef": form, "camunda:formRefBinding": "latest"}
    if due:
        attrs["camunda:dueDate"] = due
    ext = [f'<camunda:taskListener delegateExpression="${{{bean}}}" event="{event}" />' for event, bean in listeners]
    return {"id": id, "type": "user", "name": name, "x": x, "y": y, "attrs": attrs, "ext": ext, "doc": doc}


def service(id, name, x, y, bean, doc=None):
    return {"id": id, "type": "service", "name": name, "x": x, "y": y,
            "attrs": {"camunda:delegateExpression": "${" + bean + "}"}, "doc": doc}


def xor(id, name, x, y, default=None):
    return {"id": id, "type": "xor", "name": name, "x": x, "y": y, "attrs": {"default": default} if default else {}}


# --- Configuration gaps: a service task that reads bureau-owned figures (rates, base figures) waits for them ---

CONFIGURATION_GAP_ROOT = [
    '<bpmn:error id="Error_ConfigurationGap" name="缺少配置数据" errorCode="CONFIGURATION_GAP" />',
    '<bpmn:message id="Message_ConfigurationFigureEntered" name="configurationFigureEntered" />',
]


def configuration_wait(task, prefix, wait_name):
    """The boundary error CONFIGURATION_GAP on a service task, the wait for the figure and the way back to the task.

    The task's delegate holds the case (configuration.ConfigurationGaps) and throws the BPMN error when a figure it
    needs is not configured; the case then waits at the message catch event until an administrator enters the figure
    (message configurationFigureEntered), and goes on asynchronously (asyncAfter: the job executor, not the
    administrator's request, runs the task again). Returns (nodes, flows).
    """
    x, y = task["x"], task["y"]
    boundary_id, wait_id = f"BoundaryEvent_{prefix}Missing", f"MessageEvent_{prefix}Entered"
    boundary = {"id": boundary_id, "type": "boundary", "name": "缺少配置数据", "x": x + 32, "y": y - 18,
                "attrs": {"attachedToRef": task["id"], "cancelActivity": "true"},
                "inner": f'<bpmn:errorEventDefinition id="{boundary_id}_Definition" errorRef="Error_ConfigurationGap" />'}
    wait = {"id": wait_id, "type": "message", "name": wait_name, "x": x + 80, "y": y - 100,
            "attrs": {"camunda:asyncAfter": "true"},
            "doc": "局里应维护的配置数据（扶助标准、征收基数）缺失，不是输入错误：案件在此等待，已办理的内容均已保存。"
                   "区人口计生局管理员在督查台“配置缺口”页面（/desk/configuration-gaps）补录后自动继续办理。",
            "inner": f'<bpmn:messageEventDefinition id="{wait_id}_Definition" '
                     'messageRef="Message_ConfigurationFigureEntered" />'}
    flows = [(f"Flow_{prefix}Missing", boundary_id, wait_id, None, None),
             (f"Flow_{prefix}Entered", wait_id, task["id"], "已补录", None)]
    return [boundary, wait], flows
