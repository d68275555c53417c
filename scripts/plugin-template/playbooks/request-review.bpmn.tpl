<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:wf="http://playbook-studio.dev/schema/wf/1.0" id="Definitions_RequestReview" targetNamespace="http://playbook-studio.dev/bpmn">
  <bpmn:process id="__ID__-request-review" name="Review a service request" isExecutable="true">
    <bpmn:startEvent id="StartEvent_RequestReceived" name="Request received" />
    <bpmn:serviceTask id="ServiceTask_ScoreRequest" name="Score request">
      <bpmn:extensionElements>
        <wf:activity ref="__ID__.scoreRequest@1" />
        <wf:ioMapping>
          <wf:input source="=customer" target="customer" />
          <wf:input source="=amount" target="amount" />
        </wf:ioMapping>
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:userTask id="UserTask_ReviewRequest" name="Review request">
      <bpmn:extensionElements>
        <wf:form id="__ID__/request-review" />
        <wf:assignment candidateGroups="managers" />
        <wf:outcomes values="approve,reject" />
        <wf:ioMapping>
          <wf:input source="=customer" target="customer" />
          <wf:input source="=amount" target="amount" />
          <wf:input source="=priority" target="priority" />
        </wf:ioMapping>
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:boundaryEvent id="BoundaryEvent_ReviewExpired" name="3 days without review" attachedToRef="UserTask_ReviewRequest">
      <bpmn:timerEventDefinition id="TimerEventDefinition_ReviewExpired">
        <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P3D</bpmn:timeDuration>
      </bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:exclusiveGateway id="Gateway_Decision" name="Approved?" default="Flow_Reject" />
    <bpmn:endEvent id="EndEvent_Approved" name="Approved" />
    <bpmn:endEvent id="EndEvent_Rejected" name="Rejected" />
    <bpmn:endEvent id="EndEvent_Expired" name="Expired" />
    <bpmn:sequenceFlow id="Flow_Received" sourceRef="StartEvent_RequestReceived" targetRef="ServiceTask_ScoreRequest" />
    <bpmn:sequenceFlow id="Flow_Scored" sourceRef="ServiceTask_ScoreRequest" targetRef="UserTask_ReviewRequest" />
    <bpmn:sequenceFlow id="Flow_Reviewed" sourceRef="UserTask_ReviewRequest" targetRef="Gateway_Decision" />
    <bpmn:sequenceFlow id="Flow_Approve" name="approve" sourceRef="Gateway_Decision" targetRef="EndEvent_Approved">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=outcome = "approve"</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="Flow_Reject" name="reject" sourceRef="Gateway_Decision" targetRef="EndEvent_Rejected" />
    <bpmn:sequenceFlow id="Flow_Expired" sourceRef="BoundaryEvent_ReviewExpired" targetRef="EndEvent_Expired" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_RequestReview">
    <bpmndi:BPMNPlane id="BPMNPlane_RequestReview" bpmnElement="__ID__-request-review">
      <bpmndi:BPMNShape id="StartEvent_RequestReceived_di" bpmnElement="StartEvent_RequestReceived"><dc:Bounds x="82" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="ServiceTask_ScoreRequest_di" bpmnElement="ServiceTask_ScoreRequest"><dc:Bounds x="170" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="UserTask_ReviewRequest_di" bpmnElement="UserTask_ReviewRequest"><dc:Bounds x="330" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="BoundaryEvent_ReviewExpired_di" bpmnElement="BoundaryEvent_ReviewExpired"><dc:Bounds x="362" y="142" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Gateway_Decision_di" bpmnElement="Gateway_Decision" isMarkerVisible="true"><dc:Bounds x="495" y="95" width="50" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_Approved_di" bpmnElement="EndEvent_Approved"><dc:Bounds x="612" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_Rejected_di" bpmnElement="EndEvent_Rejected"><dc:Bounds x="612" y="212" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_Expired_di" bpmnElement="EndEvent_Expired"><dc:Bounds x="362" y="262" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_Received_di" bpmnElement="Flow_Received"><di:waypoint x="118" y="120" /><di:waypoint x="170" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Scored_di" bpmnElement="Flow_Scored"><di:waypoint x="270" y="120" /><di:waypoint x="330" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Reviewed_di" bpmnElement="Flow_Reviewed"><di:waypoint x="430" y="120" /><di:waypoint x="495" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Approve_di" bpmnElement="Flow_Approve"><di:waypoint x="545" y="120" /><di:waypoint x="612" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Reject_di" bpmnElement="Flow_Reject"><di:waypoint x="520" y="145" /><di:waypoint x="520" y="230" /><di:waypoint x="612" y="230" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Expired_di" bpmnElement="Flow_Expired"><di:waypoint x="380" y="178" /><di:waypoint x="380" y="262" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
